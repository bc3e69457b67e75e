package shop.payment.provider.entity;

import java.util.Objects;

/**
 * A payment the shop asks a provider to take.
 *
 * @param paymentId our payment id, sent as the merchant order number ({@code out_trade_no})
 * @param amount    what the shopper pays, in fen; at least 1
 * @param currency  ISO 4217 code; the providers here take {@code CNY} only
 * @param subject   what the shopper sees on the provider's page (order summary)
 * @param notifyUrl where the provider posts its asynchronous notification
 */
public record PaymentOrder(String paymentId, long amount, String currency, String subject, String notifyUrl) {

    public PaymentOrder {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notifyUrl, "notifyUrl");
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be at least 1 fen, was " + amount);
        }
    }
}
