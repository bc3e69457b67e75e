package shop.inventory.stock.entity;

/**
 * A SKU's stock in one warehouse (a {@code warehouse_stock} row, with the warehouse's code,
 * name and whether it serves checkouts). Its figures are changed only by one guarded update
 * each, never below zero.
 */
public record WarehouseStock(String warehouseId, String code, String name, boolean enabled, int available, int reserved,
        int sold) {
}
