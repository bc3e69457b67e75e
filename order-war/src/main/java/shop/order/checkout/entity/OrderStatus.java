package shop.order.checkout.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands (CONTRACT.md). {@code CHECKING_OUT} and {@code REJECTED} are internal: a
 * checkout in progress, and one that was refused; shoppers never see either.
 */
public enum OrderStatus {
    CHECKING_OUT,
    REJECTED,
    PENDING_PAYMENT,
    PAID,
    SHIPPED,
    DELIVERED,
    COMPLETED,
    CANCELLED,
    /** Cancelled after payment: the refund saga is returning the money and the stock. */
    REFUNDING,
    REFUNDED;

    private static final Set<OrderStatus> BOUGHT = EnumSet.of(PAID, SHIPPED, DELIVERED, COMPLETED);
    private static final Set<OrderStatus> FINAL = EnumSet.of(REJECTED, CANCELLED, COMPLETED, REFUNDED);

    /** Whether the goods of an order in this status count as bought (for reviews, sales): paid and not refunded. */
    public boolean bought() {
        return BOUGHT.contains(this);
    }

    /** Whether the shopper may see an order in this status. */
    public boolean visible() {
        return this != CHECKING_OUT && this != REJECTED;
    }

    /** Whether the order's life is over (a completed order may still have returns of its own). */
    public boolean terminal() {
        return FINAL.contains(this);
    }
}
