package shop.search.product.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A published product as the search index holds it.
 *
 * @param id           the product's id
 * @param name         the display name, usually Chinese
 * @param nameEn       an English name; nullable
 * @param description  plain-text description; nullable
 * @param brandId      nullable
 * @param brandName    nullable
 * @param categoryPath the category path from the root to the product's own (leaf) category
 * @param skus         the product's variants; the product's price is the lowest SKU price
 * @param mainImage    image URL; nullable
 * @param currency     ISO currency of all prices, {@code "CNY"}
 * @param publishedAt  when the product was (last) published; drives the "newest" sort
 * @param version      the catalog's version of the product: the index ignores a change whose version is not
 *                     above the one it holds
 */
public record IndexedProduct(String id, String name, String nameEn, String description, String brandId,
                             String brandName, List<CategoryRef> categoryPath, List<IndexedSku> skus,
                             String mainImage, String currency, Instant publishedAt, long version) {
    public IndexedProduct {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        categoryPath = categoryPath == null ? List.of() : List.copyOf(categoryPath);
        skus = skus == null ? List.of() : List.copyOf(skus);
        currency = currency == null ? "CNY" : currency;
        publishedAt = publishedAt == null ? Instant.EPOCH : publishedAt;
    }

    /** The leaf category's id, or null when the product has no category. */
    public String categoryId() {
        return categoryPath.isEmpty() ? null : categoryPath.get(categoryPath.size() - 1).id();
    }

    /** The lowest SKU price in fen, or null when the product has no SKU. */
    public Long lowestPrice() {
        return skus.stream().map(IndexedSku::price).min(Long::compare).orElse(null);
    }
}
