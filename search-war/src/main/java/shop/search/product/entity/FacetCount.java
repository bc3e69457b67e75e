package shop.search.product.entity;

/** How many matched products have the category or brand with this id. */
public record FacetCount(String id, String name, long count) {
}
