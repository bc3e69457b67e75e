/** Stock per SKU: what can be sold now (available) and what checkouts hold (reserved). */
package shop.inventory.stock;
