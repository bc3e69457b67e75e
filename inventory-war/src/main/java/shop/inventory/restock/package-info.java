/**
 * Stock coming back from refunded orders, as a participant of order-war's refund saga: the units
 * are announced when the saga starts, put back on sale in the warehouse that sent them when it
 * closes (the money went back), and forgotten when it is cancelled (the provider refused).
 */
package shop.inventory.restock;
