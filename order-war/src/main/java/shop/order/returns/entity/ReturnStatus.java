package shop.order.returns.entity;

/** Where a return stands (CONTRACT.md). */
public enum ReturnStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    /** The goods are back; the refund is under way. */
    RECEIVED,
    REFUNDED;

    /** Whether the units of a return in this status are spoken for (not free to be asked again). */
    public boolean holdsUnits() {
        return this != REJECTED;
    }
}
