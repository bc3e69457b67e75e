package shop.promo.ranking.entity;

/**
 * What catalog-war says about a product, as rankings and recommendations use it: its name,
 * category, brand and lowest SKU price, and whether it is on sale (published). A product the
 * catalog does not show (unknown, draft, unpublished, deleted) is not on sale and has no details.
 */
public record ProductFact(String productId, String name, String categoryId, String brandId, long price, String currency,
        boolean onSale) {

    /** A product the catalog does not show. */
    public static ProductFact notOnSale(String productId) {
        return new ProductFact(productId, null, null, null, 0, null, false);
    }
}
