package shop.order.pricing.entity;

/**
 * One line of a basket: a SKU as the catalog sells it now (price in fen, the snapshot an order
 * keeps, its shipping weight; 0 when unknown) and how many units.
 */
public record BasketLine(String skuId, String productId, String productName, String specsJson, String image, long unitPrice,
        String currency, int weightGrams, int quantity) {

    /** Unit price times quantity. */
    public long amount() {
        return Math.multiplyExact(unitPrice, quantity);
    }
}
