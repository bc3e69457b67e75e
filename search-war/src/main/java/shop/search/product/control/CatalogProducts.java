package shop.search.product.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import shop.search.product.entity.CategoryRef;
import shop.search.product.entity.IndexedProduct;
import shop.search.product.entity.IndexedSku;

/** Reads a product as the catalog publishes it (event data and change feed items) into what the index holds. */
public final class CatalogProducts {

    private CatalogProducts() {
    }

    /** Whether shoppers may find the product: only published ones are indexed, others are removed. */
    public static boolean searchable(JsonObject product) {
        return "PUBLISHED".equals(product.getString("status", "")) && !product.getJsonArray("skus").isEmpty();
    }

    public static String id(JsonObject product) {
        return product.getString("productId");
    }

    public static long version(JsonObject product) {
        return product.getJsonNumber("version").longValue();
    }

    public static IndexedProduct indexed(JsonObject product) {
        List<CategoryRef> path = new ArrayList<>();
        for (JsonValue category : product.getJsonArray("categoryPath")) {
            path.add(new CategoryRef(category.asJsonObject().getString("id"), category.asJsonObject().getString("name")));
        }
        if (path.isEmpty()) {
            path.add(new CategoryRef(product.getString("categoryId"), product.getString("categoryId")));
        }
        List<IndexedSku> skus = new ArrayList<>();
        String currency = "CNY";
        for (JsonValue value : product.getJsonArray("skus")) {
            JsonObject sku = value.asJsonObject();
            JsonObject price = sku.getJsonObject("price");
            currency = price.getString("currency", currency);
            StringJoiner specs = new StringJoiner(" ");
            if (sku.containsKey("specs")) {
                sku.getJsonObject("specs").forEach((name, spec) -> specs.add(name + ":" + ((jakarta.json.JsonString) spec).getString()));
            }
            skus.add(new IndexedSku(sku.getString("skuId"), price.getJsonNumber("amount").longValue(), specs.toString()));
        }
        String mainImage = product.containsKey("images") && !product.getJsonArray("images").isEmpty()
                ? product.getJsonArray("images").getString(0) : null;
        Instant publishedAt = product.containsKey("publishedAt")
                ? OffsetDateTime.parse(product.getString("publishedAt")).toInstant() : Instant.EPOCH;
        return new IndexedProduct(id(product), product.getString("name"), product.getString("nameEn", null),
                product.getString("description", null), product.getString("brandId", null), product.getString("brandName", null),
                path, skus, mainImage, currency, publishedAt, version(product));
    }
}
