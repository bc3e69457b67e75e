package shop.payment.refund.entity;

/** Where a refund stands at the provider. */
public enum RefundStatus {
    /** Asked; the provider has not confirmed yet (real providers confirm by notification). */
    PENDING,
    SUCCEEDED,
    FAILED
}
