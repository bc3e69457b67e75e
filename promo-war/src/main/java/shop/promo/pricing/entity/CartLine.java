package shop.promo.pricing.entity;

import java.util.List;

/**
 * One line of the goods being priced, as order-war sends it: the SKU, its product, the product's
 * category path from the root, the line's amount in fen (unit price times quantity) and units.
 */
public record CartLine(String skuId, String productId, List<String> categoryPath, long amount, int quantity) {

    public CartLine {
        categoryPath = List.copyOf(categoryPath == null ? List.of() : categoryPath);
        if (amount < 0 || quantity < 1) {
            throw new IllegalArgumentException("a line has an amount of 0 or more and at least one unit");
        }
    }
}
