package it.shop;

import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The back-office as the system tests drive it: the seeded {@code admin} (roles operator, finance,
 * admin) managing the catalog over the public URLs. Products it creates are deleted by
 * {@link #cleanUp()}, so other tests browsing the catalog see the demo data only.
 */
final class Operator {

    private static String token;
    private static long signedInAt;
    private final List<String> created = new ArrayList<>();

    /** The admin's access token, signed in again once it is 10 minutes old (it lives 15; the suite runs longer). */
    static synchronized String token() {
        if (token == null || System.currentTimeMillis() - signedInAt > 600_000) {
            token = IdentityIT.login("admin", RunningShop.secret("SHOP_ADMIN_PASSWORD")).getString("accessToken");
            signedInAt = System.currentTimeMillis();
        }
        return token;
    }

    HttpResponse<String> send(String method, String path, String body) {
        return IdentityIT.authorized(method, path, body, token());
    }

    /** A leaf category of the demo tree, by name (for example 智能手机). */
    static String category(String name) {
        for (JsonObject top : RunningShop.parse(RunningShop.get(RunningShop.PUBLIC + "/catalog/categories").body()).asJsonArray()
                .getValuesAs(JsonObject.class)) {
            for (JsonObject middle : top.getJsonArray("children").getValuesAs(JsonObject.class)) {
                for (JsonObject leaf : middle.getJsonArray("children").getValuesAs(JsonObject.class)) {
                    if (leaf.getString("name").equals(name)) {
                        return leaf.getString("id");
                    }
                }
            }
        }
        throw new AssertionError("no demo category " + name);
    }

    /** A demo brand's id by its English name (for example Huawei). */
    static String brand(String nameEn) {
        return RunningShop.parse(RunningShop.get(RunningShop.PUBLIC + "/catalog/brands").body()).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(b -> b.getString("nameEn").equals(nameEn)).findFirst().orElseThrow().getString("id");
    }

    /** One SKU of a product body: an existing id (or null for a new SKU), its color spec and price in fen. */
    record Sku(String id, String color, long price) {
        static Sku of(String color, long price) {
            return new Sku(null, color, price);
        }
    }

    /** A product body with a name, a category and SKUs. */
    static JsonObjectBuilder product(String name, String categoryId, Sku... skus) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Sku sku : skus) {
            JsonObjectBuilder item = Json.createObjectBuilder();
            if (sku.id() != null) {
                item.add("id", sku.id());
            }
            list.add(item.add("specs", Json.createObjectBuilder().add("颜色", sku.color())).add("price", sku.price()));
        }
        return Json.createObjectBuilder().add("name", name).add("categoryId", categoryId)
                .add("images", Json.createArrayBuilder().add("https://img.shop.example/it/" + Math.abs(name.hashCode()) + ".png"))
                .add("skus", list);
    }

    /** Creates a draft (201) and remembers it for clean-up. */
    JsonObject create(JsonObjectBuilder body) {
        HttpResponse<String> response = send("POST", "/catalog/products", body.build().toString());
        assertEquals(201, response.statusCode(), response.body());
        JsonObject product = json(response);
        created.add(product.getString("id"));
        return product;
    }

    /** Creates and publishes a product. */
    JsonObject published(JsonObjectBuilder body) {
        return act(create(body).getString("id"), "publish");
    }

    /** {@code POST /catalog/products/{id}/publish|unpublish}, expecting 200. */
    JsonObject act(String productId, String action) {
        HttpResponse<String> response = send("POST", "/catalog/products/" + productId + "/" + action, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    HttpResponse<String> edit(String productId, long version, JsonObjectBuilder body) {
        return send("PUT", "/catalog/products/" + productId, body.add("version", version).build().toString());
    }

    /** Deletes every product this operator created (soft delete), leaving the catalog as seeded. */
    void cleanUp() {
        for (String id : created) {
            send("DELETE", "/catalog/products/" + id, null);
        }
        created.clear();
    }
}
