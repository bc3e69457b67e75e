/**
 * The saga self-check's participant: joins an LRA started by order-war's self-check and
 * records, idempotently, whether the coordinator completed or compensated it. Lets operators
 * (and the system tests) prove that coordinator, internal surface and participants work
 * together, without touching real stock.
 */
package shop.inventory.selfcheck;
