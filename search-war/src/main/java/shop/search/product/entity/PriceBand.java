package shop.search.product.entity;

/**
 * How many matched products have their lowest SKU price in {@code [min, max)}, in fen.
 *
 * @param max exclusive upper bound; null for the open top band
 */
public record PriceBand(long min, Long max, long count) {
}
