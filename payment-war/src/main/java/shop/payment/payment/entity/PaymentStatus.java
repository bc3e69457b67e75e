package shop.payment.payment.entity;

/** Where a payment stands (CONTRACT.md). */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    FAILED,
    VOIDED,
    REFUNDED
}
