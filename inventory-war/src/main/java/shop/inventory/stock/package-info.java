/**
 * Stock per SKU and warehouse: what can be sold now (available), what checkouts hold (reserved)
 * and what they took (sold); the ledger of every movement; operators' adjustments and low-stock
 * thresholds (judged on the SKU's total across warehouses).
 */
package shop.inventory.stock;
