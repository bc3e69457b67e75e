package shop.search.product.entity;

/**
 * A product search: keywords plus filters, a sort and a page.
 *
 * <p>Every filter is optional (null). Keywords are split on whitespace and every part must match; within a part the
 * words the Chinese/English analyzers find must all match too. {@code page} starts at 0; {@code size} is expected
 * to be 1..100 (the index clamps it rather than fail).
 *
 * @param keywords   nullable or blank for "everything"
 * @param categoryId the product's category or any of its ancestors
 * @param brandId    exact brand
 * @param minPrice   inclusive, in fen, compared against every SKU price of a product
 * @param maxPrice   inclusive, in fen
 * @param inStock    TRUE only products in stock, FALSE only products out of stock, null both
 * @param sort       null means {@link Sort#RELEVANCE}
 */
public record ProductQuery(String keywords, String categoryId, String brandId, Long minPrice, Long maxPrice,
                           Boolean inStock, Sort sort, int page, int size) {

    /** Result orders. Each breaks ties by product id so that paging is stable. */
    public enum Sort {
        /** By keyword score, then newest; without keywords the same as {@link #NEWEST}. */
        RELEVANCE,
        /** Lowest SKU price ascending. */
        PRICE_ASC,
        /** Lowest SKU price descending. */
        PRICE_DESC,
        /** Units sold, most first. */
        SALES,
        /** Publication time, newest first. */
        NEWEST
    }

    public ProductQuery {
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    /** Everything, first page of 20, by relevance. */
    public static ProductQuery all() {
        return new ProductQuery(null, null, null, null, null, null, Sort.RELEVANCE, 0, 20);
    }

    /** The given keywords, first page of 20, by relevance. */
    public static ProductQuery keywords(String keywords) {
        return all().withKeywords(keywords);
    }

    public ProductQuery withKeywords(String value) {
        return new ProductQuery(value, categoryId, brandId, minPrice, maxPrice, inStock, sort, page, size);
    }

    public ProductQuery withCategory(String value) {
        return new ProductQuery(keywords, value, brandId, minPrice, maxPrice, inStock, sort, page, size);
    }

    public ProductQuery withBrand(String value) {
        return new ProductQuery(keywords, categoryId, value, minPrice, maxPrice, inStock, sort, page, size);
    }

    public ProductQuery withPrice(Long min, Long max) {
        return new ProductQuery(keywords, categoryId, brandId, min, max, inStock, sort, page, size);
    }

    public ProductQuery withInStock(Boolean value) {
        return new ProductQuery(keywords, categoryId, brandId, minPrice, maxPrice, value, sort, page, size);
    }

    public ProductQuery withSort(Sort value) {
        return new ProductQuery(keywords, categoryId, brandId, minPrice, maxPrice, inStock, value, page, size);
    }

    public ProductQuery withPage(int pageNumber, int pageSize) {
        return new ProductQuery(keywords, categoryId, brandId, minPrice, maxPrice, inStock, sort, pageNumber, pageSize);
    }
}
