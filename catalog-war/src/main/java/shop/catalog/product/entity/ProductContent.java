package shop.catalog.product.entity;

import java.util.List;

/**
 * What an operator writes about a product: its texts, where it is listed, its images and its
 * SKUs. A SKU with an id is one the product already has; one without is new.
 */
public record ProductContent(String name, String nameEn, String description, String categoryId, String brandId,
        String imagesJson, List<SkuContent> skus) {

    /** One SKU as written: specs as a JSON object, price in fen. */
    public record SkuContent(String id, String specsJson, long price, String currency, String barcode, Integer weightGrams) {
    }
}
