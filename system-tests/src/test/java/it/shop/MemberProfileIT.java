package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.IdentityIT.authorized;
import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.get;
import static it.shop.RunningShop.json;
import static it.shop.StockReservationIT.skuWithStock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * The member centre over the public URLs: profile details, favorites, browse history and my
 * orders. Each shopper reaches only their own; bad input is a 400 or 422 problem, never a 500.
 */
class MemberProfileIT {

    private final Operator operator = new Operator();

    @AfterEach
    void cleanUp() {
        operator.cleanUp();
    }

    // --- profile --------------------------------------------------------------------------

    @Test
    void avatar_gender_and_birthday_round_trip_and_absent_fields_stay_as_they_are() {
        Shopping shopper = Shopping.shopper();
        JsonObject fresh = json(shopper.get("/user/me"));
        assertTrue(fresh.isNull("avatarUrl") && fresh.isNull("gender") && fresh.isNull("birthday"), fresh.toString());

        HttpResponse<String> changed = patch(shopper, "{\"avatarUrl\":\"https://img.example.com/me.png\",\"gender\":\"FEMALE\",\"birthday\":\"1990-05-17\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject me = json(shopper.get("/user/me"));
        assertEquals("https://img.example.com/me.png", me.getString("avatarUrl"));
        assertEquals("FEMALE", me.getString("gender"));
        assertEquals("1990-05-17", me.getString("birthday"));

        // Only the nickname changes; null, like absent, leaves a field as it is.
        assertEquals(200, patch(shopper, "{\"nickname\":\"小爱\",\"gender\":null}").statusCode());
        me = json(shopper.get("/user/me"));
        assertEquals("小爱", me.getString("nickname"));
        assertEquals("FEMALE", me.getString("gender"));
        assertEquals("1990-05-17", me.getString("birthday"));

        // An empty string clears an optional detail.
        HttpResponse<String> cleared = patch(shopper, "{\"avatarUrl\":\"\",\"birthday\":\"\"}");
        assertEquals(200, cleared.statusCode(), cleared.body());
        assertTrue(json(cleared).isNull("avatarUrl") && json(cleared).isNull("birthday"), cleared.body());
        assertEquals("FEMALE", json(cleared).getString("gender"));
    }

    @Test
    void bad_profile_details_are_refused_naming_the_field_and_change_nothing() {
        Shopping shopper = Shopping.shopper();
        assertEquals(200, patch(shopper, "{\"gender\":\"MALE\",\"birthday\":\"2000-01-01\"}").statusCode());
        String tooLong = "https://img.example.com/" + "a".repeat(500);
        String[][] bad = {
                {"avatarUrl", "javascript:alert(1)"}, {"avatarUrl", "ftp://img.example.com/a.png"}, {"avatarUrl", "/me.png"},
                {"avatarUrl", tooLong}, {"gender", "OTHER"}, {"gender", "male"}, {"birthday", "2999-01-01"},
                {"birthday", "1899-12-31"}, {"birthday", "17/05/1990"}, {"birthday", "2001-02-29"}};
        for (String[] field : bad) {
            HttpResponse<String> refused = patch(shopper, "{\"nickname\":\"changed\",\"" + field[0] + "\":\"" + field[1] + "\"}");
            assertProblem(refused, 400, "VALIDATION_FAILED");
            assertEquals(field[0], json(refused).getJsonArray("errors").getJsonObject(0).getString("field"), refused.body());
        }
        JsonObject me = json(shopper.get("/user/me"));
        assertEquals("MALE", me.getString("gender"));
        assertEquals("2000-01-01", me.getString("birthday"));
        assertTrue(me.isNull("nickname"), "no partial write: " + me);
    }

    // --- favorites ------------------------------------------------------------------------

    @Test
    void favorites_are_added_once_listed_newest_first_and_removed_idempotently() {
        Shopping shopper = Shopping.shopper();
        List<JsonObject> products = publishedProducts(2);
        String first = products.get(0).getString("id");
        String second = products.get(1).getString("id");

        HttpResponse<String> added = put(shopper, "/user/me/favorites/" + first);
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(first, json(added).getString("productId"));
        assertEquals(200, put(shopper, "/user/me/favorites/" + second).statusCode());
        HttpResponse<String> again = put(shopper, "/user/me/favorites/" + first);
        assertEquals(200, again.statusCode(), "adding again is not an error: " + again.body());
        assertEquals(json(added).getString("addedAt"), json(again).getString("addedAt"), "it keeps its place");

        JsonObject page = json(shopper.get("/user/me/favorites"));
        assertEquals(2, page.getInt("total"), page.toString());
        assertEquals(0, page.getInt("page"));
        assertEquals(20, page.getInt("size"));
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(second, first), items.stream().map(i -> i.getString("productId")).toList(), "newest first");
        JsonObject item = items.get(1);
        assertEquals(products.get(0).getString("name"), item.getString("name"));
        assertEquals(products.get(0).getJsonNumber("price").longValue(), item.getJsonNumber("price").longValue());
        assertEquals("CNY", item.getString("currency"));
        assertTrue(item.containsKey("mainImage") && item.containsKey("addedAt"), item.toString());

        JsonObject paged = json(shopper.get("/user/me/favorites?page=1&size=1"));
        assertEquals(first, paged.getJsonArray("items").getJsonObject(0).getString("productId"));
        assertEquals(2, paged.getInt("total"));

        assertEquals(204, authorized("DELETE", "/user/me/favorites/" + first, null, shopper.token()).statusCode());
        assertEquals(204, authorized("DELETE", "/user/me/favorites/" + first, null, shopper.token()).statusCode(), "idempotent");
        assertEquals(List.of(second), productIds(shopper, "/user/me/favorites"));
        assertProblem(shopper.get("/user/me/favorites?size=101"), 400, "VALIDATION_FAILED");
    }

    @Test
    void only_products_on_sale_can_be_favorites() {
        Shopping shopper = Shopping.shopper();
        assertProblem(put(shopper, "/user/me/favorites/" + UUID.randomUUID()), 422, "INVALID_REFERENCE");
        String draft = operator.create(Operator.product("收藏草稿 " + UUID.randomUUID().toString().substring(0, 8),
                Operator.category("智能手机"), Operator.Sku.of("黑色", 9900))).getString("id");
        assertProblem(put(shopper, "/user/me/favorites/" + draft), 422, "INVALID_REFERENCE");
        assertEquals(0, json(shopper.get("/user/me/favorites")).getInt("total"));
    }

    @Test
    void another_shopper_sees_and_removes_none_of_my_favorites() {
        Shopping alice = Shopping.shopper();
        Shopping bob = Shopping.shopper();
        String product = publishedProducts(1).get(0).getString("id");
        assertEquals(200, put(alice, "/user/me/favorites/" + product).statusCode());

        assertEquals(0, json(bob.get("/user/me/favorites")).getInt("total"));
        assertEquals(204, authorized("DELETE", "/user/me/favorites/" + product, null, bob.token()).statusCode());
        assertEquals(List.of(product), productIds(alice, "/user/me/favorites"), "bob's delete touched only his own list");
    }

    @Test
    void the_member_centre_needs_a_token() {
        String product = publishedProducts(1).get(0).getString("id");
        for (String path : List.of("/user/me/favorites", "/user/me/history", "/user/me/orders")) {
            assertProblem(get(PUBLIC + path), 401, "UNAUTHORIZED");
        }
        assertProblem(authorized("PUT", "/user/me/favorites/" + product, null, null), 401, "UNAUTHORIZED");
        assertProblem(authorized("DELETE", "/user/me/favorites/" + product, null, null), 401, "UNAUTHORIZED");
        assertProblem(authorized("POST", "/user/me/history", view(product), null), 401, "UNAUTHORIZED");
        assertProblem(authorized("DELETE", "/user/me/history", null, null), 401, "UNAUTHORIZED");
        assertProblem(authorized("GET", "/user/me/orders", null, "not-a-jwt"), 401, "UNAUTHORIZED");
    }

    // --- browse history -------------------------------------------------------------------

    @Test
    void history_lists_each_product_once_most_recent_view_first_and_can_be_cleared() {
        Shopping shopper = Shopping.shopper();
        Shopping other = Shopping.shopper();
        List<JsonObject> products = publishedProducts(3);
        String a = products.get(0).getString("id");
        String b = products.get(1).getString("id");
        String c = products.get(2).getString("id");

        for (String product : List.of(a, b, c, a)) {
            HttpResponse<String> viewed = shopper.post("/user/me/history", view(product));
            assertEquals(200, viewed.statusCode(), viewed.body());
            assertEquals(product, json(viewed).getString("productId"));
        }
        JsonObject page = json(shopper.get("/user/me/history"));
        assertEquals(3, page.getInt("total"), "one entry per product: " + page);
        assertEquals(List.of(a, c, b), productIds(shopper, "/user/me/history"), "the last view first");
        JsonObject top = page.getJsonArray("items").getJsonObject(0);
        assertEquals(products.get(0).getString("name"), top.getString("name"));
        assertTrue(top.containsKey("viewedAt") && top.containsKey("price") && top.containsKey("mainImage"), top.toString());

        assertEquals(0, json(other.get("/user/me/history")).getInt("total"), "another shopper's history is not mine");
        assertProblem(shopper.post("/user/me/history", view(UUID.randomUUID().toString())), 422, "INVALID_REFERENCE");
        assertProblem(shopper.post("/user/me/history", "{}"), 400, "VALIDATION_FAILED");

        assertEquals(204, authorized("DELETE", "/user/me/history", null, shopper.token()).statusCode());
        assertEquals(0, json(shopper.get("/user/me/history")).getInt("total"));
        assertEquals(204, authorized("DELETE", "/user/me/history", null, shopper.token()).statusCode(), "idempotent");
    }

    @Test
    void views_older_than_ninety_days_are_not_listed_and_are_deleted_at_the_next_view() throws Exception {
        Shopping shopper = Shopping.shopper();
        List<JsonObject> products = publishedProducts(3);
        String old = products.get(0).getString("id");
        String recent = products.get(1).getString("id");
        for (String product : List.of(old, recent)) {
            assertEquals(200, shopper.post("/user/me/history", view(product)).statusCode());
        }
        try (Connection db = RunningShop.database();
             PreparedStatement age = db.prepareStatement("UPDATE user_svc.browse_history SET viewed_at = now() - interval '91 days'"
                     + " WHERE account_id = ? AND product_id = ?")) {
            age.setString(1, shopper.userId());
            age.setString(2, old);
            assertEquals(1, age.executeUpdate());
        }
        assertEquals(List.of(recent), productIds(shopper, "/user/me/history"), "a view past 90 days is not shown");
        assertEquals(1, json(shopper.get("/user/me/history")).getInt("total"));

        assertEquals(200, shopper.post("/user/me/history", view(products.get(2).getString("id"))).statusCode());
        try (Connection db = RunningShop.database();
             PreparedStatement kept = db.prepareStatement("SELECT count(*) FROM user_svc.browse_history WHERE account_id = ?")) {
            kept.setString(1, shopper.userId());
            try (ResultSet count = kept.executeQuery()) {
                count.next();
                assertEquals(2, count.getInt(1), "the stale view is gone from the database, not only from the list");
            }
        }
    }

    // --- my orders ------------------------------------------------------------------------

    @Test
    void my_orders_lists_my_real_order_and_not_another_shoppers() {
        Shopping alice = Shopping.shopper();
        Shopping bob = Shopping.shopper();
        JsonObject order = alice.placed(skuWithStock(2, 999), 1);
        try {
            HttpResponse<String> mine = alice.get("/user/me/orders");
            assertEquals(200, mine.statusCode(), mine.body());
            JsonObject page = json(mine);
            assertEquals(1, page.getInt("total"), page.toString());
            JsonObject listed = page.getJsonArray("items").getJsonObject(0);
            assertEquals(order.getString("id"), listed.getString("id"));
            assertEquals("PENDING_PAYMENT", listed.getString("status"));
            assertEquals(order.getJsonObject("totals").getJsonNumber("payable").longValue(),
                    listed.getJsonObject("totals").getJsonNumber("payable").longValue());

            JsonObject bobs = json(bob.get("/user/me/orders"));
            assertEquals(0, bobs.getInt("total"), bobs.toString());
            assertFalse(bobs.getJsonArray("items").toString().contains(order.getString("id")));

            JsonObject paged = json(alice.get("/user/me/orders?page=1&size=1"));
            assertEquals(1, paged.getInt("page"));
            assertEquals(0, paged.getJsonArray("items").size());
            assertProblem(alice.get("/user/me/orders?size=0"), 400, "VALIDATION_FAILED");
        } finally {
            assertEquals(200, alice.post("/order/orders/" + order.getString("id") + "/cancel", null).statusCode());
        }
    }

    // --- helpers --------------------------------------------------------------------------

    private static HttpResponse<String> patch(Shopping shopper, String body) {
        return authorized("PATCH", "/user/me", body, shopper.token());
    }

    private static HttpResponse<String> put(Shopping shopper, String path) {
        return authorized("PUT", path, null, shopper.token());
    }

    private static String view(String productId) {
        return "{\"productId\":\"" + productId + "\"}";
    }

    private static List<String> productIds(Shopping shopper, String path) {
        HttpResponse<String> list = shopper.get(path);
        assertEquals(200, list.statusCode(), list.body());
        return json(list).getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("productId")).toList();
    }

    /** The first {@code count} published demo products, as product cards. */
    private static List<JsonObject> publishedProducts(int count) {
        HttpResponse<String> list = get(PUBLIC + "/catalog/products?size=" + count);
        assertEquals(200, list.statusCode(), list.body());
        List<JsonObject> cards = json(list).getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(count, cards.size(), "demo products: " + list.body());
        return cards;
    }
}
