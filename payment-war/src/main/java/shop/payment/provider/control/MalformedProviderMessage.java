package shop.payment.provider.control;

/**
 * A message whose signature checked out but whose content the shop cannot accept: a field is
 * missing or unreadable, an amount has fractions of a fen, or it is meant for another merchant.
 * Worth an operator's look, since the provider really sent it.
 */
public class MalformedProviderMessage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedProviderMessage(String message) {
        super(message);
    }

    public MalformedProviderMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
