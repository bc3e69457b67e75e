package shop.payment.provider.control;

/**
 * A message claiming to come from a provider could not be proven to: its signature is missing
 * or wrong, it is signed with a key we do not know, it is too old to be fresh, or its encrypted
 * part does not decrypt. Nothing in it may be acted on; the provider (if it was the provider)
 * will send again.
 */
public class InvalidProviderSignature extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidProviderSignature(String message) {
        super(message);
    }

    public InvalidProviderSignature(String message, Throwable cause) {
        super(message, cause);
    }
}
