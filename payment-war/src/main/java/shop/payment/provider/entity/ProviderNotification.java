package shop.payment.provider.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * A provider's verified news about a payment or refund, in the shop's terms. Produced only
 * after the provider's signature (and, for WeChat Pay, decryption) checked out.
 *
 * @param kind          whether it is about the payment itself or one of its refunds
 * @param paymentId     our payment id
 * @param refundId      our refund id, for {@link Kind#REFUND}; null otherwise (and for an Alipay
 *                      refund notification that does not name it)
 * @param providerTxnId the provider's id for the transaction (or refund)
 * @param amount        in fen: what was paid, or what was refunded (see each provider)
 * @param currency      ISO 4217 code
 * @param outcome       how it ended, or that it has not ended yet
 * @param occurredAt    when the provider says it happened
 */
public record ProviderNotification(Kind kind, String paymentId, String refundId, String providerTxnId, long amount,
        String currency, Outcome outcome, Instant occurredAt) {

    /** What a notification, answer or statement line is about. */
    public enum Kind {
        PAYMENT, REFUND
    }

    /** Where the payment or refund stands at the provider. */
    public enum Outcome {
        SUCCEEDED, FAILED, PENDING
    }

    public ProviderNotification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
