/**
 * Stock reservations: the inventory step of the checkout saga. Reserving holds units for an
 * LRA in one atomic update per SKU (stock can never go negative); the coordinator then completes
 * the saga (the units are deducted) or compensates it (they are released).
 */
package shop.inventory.reservation;
