package shop.promo.pricing.entity;

import java.util.Set;
import java.util.TreeSet;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import shop.platform.json.Jsons;

/**
 * Which goods a coupon or rule covers: lines in one of {@code categoryIds} (a category covers
 * its subcategories) or of one of {@code productIds}; both empty is the whole shop.
 */
public record Scope(Set<String> categoryIds, Set<String> productIds) {

    public static final Scope WHOLE_SHOP = new Scope(Set.of(), Set.of());

    public Scope {
        categoryIds = Set.copyOf(categoryIds == null ? Set.of() : categoryIds);
        productIds = Set.copyOf(productIds == null ? Set.of() : productIds);
    }

    public boolean wholeShop() {
        return categoryIds.isEmpty() && productIds.isEmpty();
    }

    public boolean covers(CartLine line) {
        return wholeShop() || productIds.contains(line.productId()) || line.categoryPath().stream().anyMatch(categoryIds::contains);
    }

    /** {@code {categoryIds: [...], productIds: [...]}}, ids sorted so equal scopes read the same. */
    public JsonObject toJson() {
        JsonArrayBuilder categories = Jsons.createArrayBuilder();
        new TreeSet<>(categoryIds).forEach(categories::add);
        JsonArrayBuilder products = Jsons.createArrayBuilder();
        new TreeSet<>(productIds).forEach(products::add);
        return Jsons.createObjectBuilder().add("categoryIds", categories).add("productIds", products).build();
    }

    public static Scope fromJson(JsonObject json) {
        if (json == null) {
            return WHOLE_SHOP;
        }
        return new Scope(ids(json, "categoryIds"), ids(json, "productIds"));
    }

    private static Set<String> ids(JsonObject json, String name) {
        Set<String> ids = new TreeSet<>();
        if (json.containsKey(name) && !json.isNull(name)) {
            json.getJsonArray(name).getValuesAs(JsonString.class).forEach(s -> ids.add(s.getString()));
        }
        return ids;
    }
}
