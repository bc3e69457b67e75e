package shop.payment.provider.control;

import java.util.List;
import java.util.Map;

import shop.payment.provider.entity.Acknowledgement;
import shop.payment.provider.entity.PaymentOrder;
import shop.payment.provider.entity.ProviderNotification;
import shop.payment.provider.entity.ProviderRequest;
import shop.payment.provider.entity.ProviderResponse;
import shop.payment.provider.entity.RefundOrder;
import shop.payment.provider.entity.StatementEntry;

/**
 * A payment provider as the shop sees it: requests in its format, and what it sends back
 * verified and translated into the shop's terms. Implementations make no network calls; the
 * caller sends the requests and hands over what arrives, so that each step can be tested with
 * recorded messages.
 *
 * <p>Every method reading a provider's message first proves it came from the provider and
 * throws {@link InvalidProviderSignature} when it cannot, then throws
 * {@link MalformedProviderMessage} for content the shop cannot accept (including a message for
 * another merchant account).
 */
public interface PaymentProvider {

    /** The provider's name as payments record it: {@code "alipay"}, {@code "wechat"}. */
    String name();

    /** The signed request that asks the provider to take {@code order}. */
    ProviderRequest payRequest(PaymentOrder order);

    /**
     * The provider's asynchronous notification about a payment or a refund, verified.
     *
     * @param headers the request's headers (names in any case)
     * @param body    the request body exactly as received
     */
    ProviderNotification readNotification(Map<String, String> headers, String body);

    /** The answer that tells the provider its notification was taken; it stops sending it. */
    Acknowledgement accepted();

    /** The answer that tells the provider to send its notification again later. */
    Acknowledgement refused();

    /** The signed request that asks the provider to make {@code refund}. */
    ProviderRequest refundRequest(RefundOrder refund);

    /**
     * The provider's answer to {@link #refundRequest(RefundOrder)}, verified: a
     * {@link ProviderNotification.Kind#REFUND} that succeeded, failed for good, or is
     * {@link ProviderNotification.Outcome#PENDING} (still processing, or unknown: ask again
     * with the same refund id).
     */
    ProviderNotification readRefundAnswer(RefundOrder refund, ProviderResponse answer);

    /**
     * The money movements of the provider's daily statement (bill), for reconciliation. The
     * statement is given as text; decoding its bytes (Alipay's are GBK) is the caller's part.
     */
    List<StatementEntry> readStatement(String statement);
}
