package shop.order.pricing.entity;

import java.util.List;

/**
 * One line of a basket: a SKU as the catalog sells it now (price in fen, the snapshot an order
 * keeps, its shipping weight; 0 when unknown), how many units, and its product's category path
 * from the root (what promotions scoped to a category look at).
 */
public record BasketLine(String skuId, String productId, String productName, String specsJson, String image, long unitPrice,
        String currency, int weightGrams, int quantity, List<String> categoryPath) {

    public BasketLine {
        categoryPath = List.copyOf(categoryPath == null ? List.of() : categoryPath);
    }

    /** A line whose category does not matter (no promotion looks at it). */
    public BasketLine(String skuId, String productId, String productName, String specsJson, String image, long unitPrice,
            String currency, int weightGrams, int quantity) {
        this(skuId, productId, productName, specsJson, image, unitPrice, currency, weightGrams, quantity, List.of());
    }

    /** Unit price times quantity. */
    public long amount() {
        return Math.multiplyExact(unitPrice, quantity);
    }
}
