/**
 * Shipments: an operator hands a paid order to a carrier ({@code POST /inventory/shipments}); the
 * shipment exists only once order-war has moved the order to {@code SHIPPED}, so an order being
 * refunded never ships. Carriers report tracking updates by signed callbacks; the sandbox carrier
 * stands in for real ones (as the sandbox payment provider does), and a delivery is announced as
 * {@code shop.inventory.shipment.delivered}.
 */
package shop.inventory.shipment;
