/**
 * After payment, the goods travel: inventory-war records the shipment only once this service has
 * moved the order from {@code PAID} to {@code SHIPPED} (so a refund and a shipment exclude each
 * other), the carrier's delivery arrives as {@code shop.inventory.shipment.delivered}, and the
 * shopper confirms receipt, or the days to do so run out, to {@code COMPLETED}.
 */
package shop.order.delivery;
