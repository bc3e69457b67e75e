package shop.search.product.entity;

/**
 * One product of a result page.
 *
 * @param highlightedName the name, HTML-escaped, with the words the keywords matched wrapped in
 *                        {@code <em>…</em>}; safe to insert as HTML
 * @param price           the lowest SKU price in fen (0 for a product without SKUs)
 * @param categoryId      the leaf category; nullable
 * @param brandId         nullable
 */
public record ProductHit(String id, String name, String highlightedName, long price, String currency,
                         String mainImage, String categoryId, String brandId, boolean inStock, long sales) {
}
