/**
 * Money going back on a paid order: the refund saga. The order enters {@code REFUNDING}; inside an
 * LRA the order and inventory (stock to return) join, then payment-war refunds through the
 * provider, keyed by the refund's id so asking twice never pays twice; the saga then closes and
 * the coordinator completes everyone (stock back, order {@code REFUNDED}). A provider's refusal
 * cancels the saga instead: nothing is returned and the order is {@code PAID} again.
 */
package shop.order.refund;
