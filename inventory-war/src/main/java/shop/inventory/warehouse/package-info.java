/**
 * Warehouses: where stock is kept and shipped from. Each has a priority (checkouts try the
 * lowest first), may be disabled (it then serves no checkout), and one of them is the default
 * that takes operators' adjustments naming no warehouse.
 */
package shop.inventory.warehouse;
