package shop.search.product.entity;

import java.util.List;

/**
 * Counts over the products a search matched (after every filter). Zero counts are left out.
 *
 * @param category   the matched products' own (leaf) categories, most products first, then by name
 * @param brand      the matched products' brands, most products first, then by name
 * @param priceBands bands of the lowest SKU price, in ascending price order
 */
public record Facets(List<FacetCount> category, List<FacetCount> brand, List<PriceBand> priceBands) {
    public Facets {
        category = List.copyOf(category);
        brand = List.copyOf(brand);
        priceBands = List.copyOf(priceBands);
    }

    public static Facets none() {
        return new Facets(List.of(), List.of(), List.of());
    }
}
