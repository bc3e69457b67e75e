package shop.catalog.product.control;

import java.io.StringReader;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import shop.catalog.brand.entity.Brand;
import shop.catalog.category.entity.Category;
import shop.catalog.product.entity.Product;
import shop.catalog.product.entity.Sku;
import shop.platform.json.Jsons;
import shop.platform.money.Money;
import shop.platform.web.Texts;

/** The JSON shapes of a product: the public detail, the operator's view, and event data. */
public final class ProductJson {

    private ProductJson() {
    }

    /** The detail shoppers see (CONTRACT.md): enabled SKUs only, plus the rating. */
    public static JsonObject detail(Product product, JsonObject rating) {
        JsonArrayBuilder skus = Jsons.createArrayBuilder();
        for (Sku sku : product.skus()) {
            if (sku.enabled()) {
                skus.add(sku(sku));
            }
        }
        return common(product).add("skus", skus).add("rating", rating).build();
    }

    /** What an operator edits: every SKU with its enabled flag, barcode and weight. */
    public static JsonObject forOperator(Product product) {
        JsonArrayBuilder skus = Jsons.createArrayBuilder();
        for (Sku sku : product.skus()) {
            skus.add(sku(sku)
                    .add("enabled", sku.enabled())
                    .add("barcode", sku.barcode() == null ? JsonValue.NULL : Jsons.createValue(sku.barcode()))
                    .add("weightGrams", sku.weightGrams() == null ? JsonValue.NULL : Jsons.createValue(sku.weightGrams())));
        }
        return common(product).add("skus", skus)
                .add("updatedAt", product.updatedAt().toString())
                .build();
    }

    /**
     * The data of {@code shop.catalog.product.*} events and of the change feed: the whole product
     * as read models need it (names of its category path and brand, SKU prices and specs).
     */
    public static JsonObject eventData(Product product, List<Category> categoryPath, Brand brand) {
        JsonArrayBuilder skus = Jsons.createArrayBuilder();
        for (Sku sku : product.skus()) {
            if (sku.enabled()) {
                skus.add(Jsons.createObjectBuilder()
                        .add("skuId", sku.id())
                        .add("price", Money.of(sku.price(), sku.currency().trim()).toJson())
                        .add("specs", parse(sku.specsJson())));
            }
        }
        JsonArrayBuilder path = Jsons.createArrayBuilder();
        categoryPath.forEach(c -> path.add(Jsons.createObjectBuilder().add("id", c.id()).add("name", c.name())));
        JsonObjectBuilder data = Jsons.createObjectBuilder()
                .add("productId", product.id())
                .add("name", product.name())
                .add("categoryId", product.categoryId())
                .add("categoryPath", path)
                .add("status", product.status().name())
                .add("version", product.version())
                .add("changeSeq", product.changeSeq())
                .add("skus", skus)
                .add("images", parse(product.imagesJson()));
        if (product.nameEn() != null) {
            data.add("nameEn", product.nameEn());
        }
        if (product.description() != null) {
            data.add("description", product.description());
        }
        if (brand != null) {
            data.add("brandId", brand.id()).add("brandName", brand.name());
        }
        if (product.publishedAt() != null) {
            data.add("publishedAt", product.publishedAt().toString());
        }
        return data.build();
    }

    /** The first image, or null. */
    public static String mainImage(String imagesJson) {
        JsonArray images = (JsonArray) parse(imagesJson);
        return images.isEmpty() ? null : images.getString(0);
    }

    /** Parses JSON the catalog itself stored (specs, images). */
    public static JsonValue parse(String json) {
        return Texts.parseJson(json);
    }

    private static JsonObjectBuilder common(Product product) {
        return Jsons.createObjectBuilder()
                .add("id", product.id())
                .add("name", product.name())
                .add("nameEn", product.nameEn() == null ? JsonValue.NULL : Jsons.createValue(product.nameEn()))
                .add("description", product.description() == null ? "" : product.description())
                .add("categoryId", product.categoryId())
                .add("brandId", product.brandId() == null ? JsonValue.NULL : Jsons.createValue(product.brandId()))
                .add("status", product.status().name())
                .add("version", product.version())
                .add("images", parse(product.imagesJson()));
    }

    private static JsonObjectBuilder sku(Sku sku) {
        return Jsons.createObjectBuilder()
                .add("id", sku.id())
                .add("specs", parse(sku.specsJson()))
                .add("price", sku.price())
                .add("currency", sku.currency().trim());
    }
}
