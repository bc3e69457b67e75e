package shop.order.checkout.entity;

/**
 * Where an order stands. {@code CHECKING_OUT} and {@code REJECTED} are internal: a checkout in
 * progress, and one that was refused; shoppers never see either.
 */
public enum OrderStatus {
    CHECKING_OUT,
    REJECTED,
    PENDING_PAYMENT,
    PAID,
    CANCELLED;

    /** Whether the goods of an order in this status count as bought (for reviews, sales): paid and not refunded. */
    public boolean bought() {
        return this == PAID;
    }

    /** Whether the shopper may see an order in this status. */
    public boolean visible() {
        return this != CHECKING_OUT && this != REJECTED;
    }
}
