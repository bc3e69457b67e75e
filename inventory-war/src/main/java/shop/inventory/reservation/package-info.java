/**
 * Stock reservations: the inventory step of the checkout saga. Reserving holds each line's units
 * in one warehouse that can serve the whole line ({@link shop.inventory.reservation.control.WarehouseChoice}),
 * in one atomic update (stock can never go negative); the coordinator then completes the saga
 * (the units are deducted) or compensates it (they are released), in the same warehouse.
 */
package shop.inventory.reservation;
