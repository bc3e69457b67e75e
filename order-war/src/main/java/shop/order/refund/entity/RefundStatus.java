package shop.order.refund.entity;

/** Where a refund of an order stands. */
public enum RefundStatus {
    /** The saga is running: participants joined, the provider is being (or will be) asked. */
    RUNNING,
    /** The money is back with the shopper and the stock returned. */
    DONE,
    /** The provider refused; nothing moved. */
    FAILED
}
