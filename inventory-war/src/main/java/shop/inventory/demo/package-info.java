/** Seeds the demo warehouses and stock at first start, when {@code shop.demo-data} is on. */
package shop.inventory.demo;
