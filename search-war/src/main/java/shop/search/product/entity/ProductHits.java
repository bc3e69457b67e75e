package shop.search.product.entity;

import java.util.List;

/**
 * A page of search results.
 *
 * @param total  every product matching the query and filters, not only this page
 * @param facets counts over all those matching products
 */
public record ProductHits(List<ProductHit> items, int page, int size, long total, Facets facets) {
    public ProductHits {
        items = List.copyOf(items);
    }
}
