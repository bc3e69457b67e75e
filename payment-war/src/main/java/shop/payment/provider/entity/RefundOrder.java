package shop.payment.provider.entity;

import java.util.Objects;

/**
 * A refund the shop asks a provider to make. Asking again with the same {@code refundId} is how
 * a refund whose outcome is unknown is retried: providers make it once.
 *
 * @param refundId  our refund id, sent as the refund request number ({@code out_request_no}
 *                  at Alipay, {@code out_refund_no} at WeChat Pay)
 * @param paymentId the payment being refunded ({@code out_trade_no})
 * @param refund    what goes back, in fen; at least 1 and at most {@code total}
 * @param total     what the payment took, in fen
 * @param currency  ISO 4217 code
 * @param reason    why, shown to the shopper; may be null
 * @param notifyUrl where the provider posts its refund notification; may be null
 */
public record RefundOrder(String refundId, String paymentId, long refund, long total, String currency, String reason,
        String notifyUrl) {

    public RefundOrder {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(currency, "currency");
        if (refund < 1 || refund > total) {
            throw new IllegalArgumentException("refund must be between 1 fen and the total " + total + ", was " + refund);
        }
    }
}
