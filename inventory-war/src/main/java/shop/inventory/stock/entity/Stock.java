package shop.inventory.stock.entity;

import java.util.List;

/**
 * The stock of one SKU: what each warehouse keeps of it, and its low-stock threshold. Its totals
 * are what shoppers, the cart and search see: {@code available} counts the warehouses that serve
 * checkouts (enabled ones), {@code reserved} and {@code sold} every warehouse.
 */
public record Stock(String skuId, int lowThreshold, List<WarehouseStock> warehouses) {

    public Stock {
        warehouses = List.copyOf(warehouses);
    }

    /** Units that can be sold now, in every enabled warehouse together. */
    public int available() {
        return warehouses.stream().filter(WarehouseStock::enabled).mapToInt(WarehouseStock::available).sum();
    }

    /** Units held by checkouts in progress. */
    public int reserved() {
        return warehouses.stream().mapToInt(WarehouseStock::reserved).sum();
    }

    /** Units deducted by completed checkouts. */
    public int sold() {
        return warehouses.stream().mapToInt(WarehouseStock::sold).sum();
    }
}
