package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.encoded;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.shop.Operator.Sku;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Hot-selling rankings and recommendations (promo): shoppers pay orders through the real checkout
 * and sandbox payment; the rankings count the units of paid orders per category (a parent with
 * its sub-categories) and for the whole shop, once per order however often its event arrives, and
 * forget an order cancelled after payment; products bought together are paired; similar products
 * share a category or brand. Each test works in categories of its own, so the rest of the shop
 * does not disturb it.
 */
class RankingIT {

    /** Sales reach rankings through an event and a catalog look-up: eventually. */
    private static final long EVENTUAL = 30_000;

    private final Operator operator = new Operator();
    private final List<String> topCategories = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        operator.cleanUp();
        // Hidden from shoppers afterwards, as other tests' categories are.
        for (String id : topCategories) {
            RunningShop.parse(operator.send("GET", "/catalog/categories?all=true", null).body()).asJsonArray()
                    .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("id").equals(id)).findFirst()
                    .ifPresent(c -> operator.send("PUT", "/catalog/categories/" + id, Json.createObjectBuilder()
                            .add("name", c.getString("name")).add("sortOrder", c.getInt("sortOrder")).add("enabled", false)
                            .add("version", c.getJsonNumber("version").longValue()).build().toString()));
        }
        topCategories.clear();
    }

    @Test
    void paid_orders_rank_products_by_units_per_category_with_sub_categories_and_for_the_whole_shop() {
        String top = category(unique("榜单"), null);
        String phones = category("手机", top);
        String cases = category("手机壳", top);
        String a1 = product("榜单手机 A1", phones, null, 10_000);
        String a2 = product("榜单手机 A2", phones, null, 12_000);
        String b1 = product("榜单手机壳 B1", cases, null, 5_000);

        Shopping shopper = Shopping.shopper("rank");
        paidOrder(shopper, skuOf(a1), 5, skuOf(b1), 1);
        paidOrder(shopper, skuOf(a1), 2, skuOf(a2), 1, skuOf(b1), 1);
        paidOrder(shopper, skuOf(a2), 3);

        assertEquals(List.of(a1 + "=7#1", a2 + "=4#2"), awaitRanking(phones, List.of(a1 + "=7#1", a2 + "=4#2")));
        assertEquals(List.of(b1 + "=2#1"), awaitRanking(cases, List.of(b1 + "=2#1")));
        assertEquals(List.of(a1 + "=7#1", a2 + "=4#2", b1 + "=2#3"), awaitRanking(top, List.of(a1 + "=7#1", a2 + "=4#2", b1 + "=2#3")),
                "the parent includes both");

        JsonObject whole = hot("limit=50");
        List<String> mine = places(whole).stream().filter(p -> p.startsWith(a1) || p.startsWith(a2) || p.startsWith(b1))
                .map(p -> p.substring(0, p.indexOf('#'))).toList();
        assertEquals(List.of(a1 + "=7", a2 + "=4", b1 + "=2"), mine, "the whole shop, in the same order: " + whole);
        JsonObject window = whole.getJsonObject("window");
        assertEquals("P7D", window.getString("length"));
        assertTrue(Instant.parse(window.getString("from")).isBefore(Instant.parse(window.getString("to"))), window.toString());

        JsonObject first = hot("categoryId=" + top + "&limit=1").getJsonArray("items").getJsonObject(0);
        assertEquals("榜单手机 A1", first.getString("name"));
        assertEquals(phones, first.getString("categoryId"));
        assertEquals(1, hot("categoryId=" + top + "&limit=1").getJsonArray("items").size(), "limit cuts the ranking");

        assertEquals(List.of(b1 + "=2", a2 + "=1"), together(a1), "A1 went with B1 twice and A2 once");
        assertEquals(List.of(a1 + "=2", a2 + "=1"), together(b1));
        List<String> withA2 = new ArrayList<>(List.of(a1 + "=1", b1 + "=1"));
        withA2.sort(null);
        assertEquals(withA2, together(a2), "equal counts in product id order");
    }

    @Test
    void a_paid_event_delivered_again_or_for_the_same_order_under_another_id_counts_once() throws Exception {
        String top = category(unique("榜单重复"), null);
        String leaf = category("耳机", top);
        String d1 = product("重复耳机 D1", leaf, null, 3_000);
        String sentinel = product("重复耳机 D2", leaf, null, 3_000);
        Shopping shopper = Shopping.shopper("rank");

        JsonObject paidEvent;
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer orders = integrator.createConsumer(integrator.createTopic("shop.order"), "ce_type = 'shop.order.paid'")) {
            integrator.start();
            String orderId = paidOrder(shopper, skuOf(d1), 2);
            paidEvent = Shopping.nextEvent(orders, orderId, "shop.order.paid", 20_000);
            assertNotNull(paidEvent, "shop.order.paid of " + orderId);
        }
        awaitRanking(leaf, List.of(d1 + "=2#1"));

        publish(paidEvent.toString());
        publish(paidEvent.toString());
        publish(Json.createObjectBuilder(paidEvent).add("id", UUID.randomUUID().toString()).build().toString());
        // Then a new order of another product: once it shows, the copies before it were handled.
        String fakeOrder = "rank-it-" + UUID.randomUUID();
        publish(Json.createObjectBuilder(paidEvent).add("id", UUID.randomUUID().toString()).add("subject", fakeOrder)
                .add("data", Json.createObjectBuilder(paidEvent.getJsonObject("data")).add("orderId", fakeOrder)
                        .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productId", sentinel)
                                .add("skuId", skuOf(sentinel)).add("quantity", 1))))
                .build().toString());

        assertEquals(List.of(d1 + "=2#1", sentinel + "=1#2"), awaitRanking(leaf, List.of(d1 + "=2#1", sentinel + "=1#2")),
                "the copies changed nothing");
    }

    @Test
    void an_order_cancelled_after_payment_leaves_the_ranking_and_its_pairs() {
        String top = category(unique("榜单退款"), null);
        String leaf = category("音箱", top);
        String e1 = product("退款音箱 E1", leaf, null, 4_000);
        String e2 = product("退款音箱 E2", leaf, null, 4_500);
        Shopping shopper = Shopping.shopper("rank");
        String orderId = paidOrder(shopper, skuOf(e1), 3, skuOf(e2), 1);
        awaitRanking(leaf, List.of(e1 + "=3#1", e2 + "=1#2"));
        assertEquals(List.of(e2 + "=1"), together(e1));

        HttpResponse<String> cancelled = shopper.post("/order/orders/" + orderId + "/cancel", null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        shopper.awaitOrder(orderId, "REFUNDED", 60_000);

        assertEquals(List.of(), awaitRanking(leaf, List.of()), "refunded in full: nothing sold");
        Shopping.await(() -> together(e1), List::isEmpty, EVENTUAL, "no longer bought together");
    }

    @Test
    void similar_products_share_the_category_or_brand_nearest_in_price_first_never_the_product_itself_or_a_draft() {
        String top = category(unique("榜单相似"), null);
        String kettles = category("电水壶", top);
        String cups = category("保温杯", top);
        String brand = brand();
        String kettle = product("相似水壶 K1", kettles, brand, 10_000);
        String nearKettle = product("相似水壶 K2", kettles, null, 11_000);
        String farKettle = product("相似水壶 K3", kettles, null, 90_000);
        String sameBrandCup = product("相似保温杯 C1", cups, brand, 10_000);
        product("无关保温杯 C2", cups, null, 10_000);
        String draft = operator.create(Operator.product("相似水壶 草稿", kettles, Sku.of("白色", 10_000))).getString("id");

        JsonObject answer = recommendations(kettle, 200);
        assertEquals(kettle, answer.getString("productId"));
        assertEquals(List.of(nearKettle, farKettle, sameBrandCup), ids(answer, "similar"),
                "same category first (nearer price first), then same brand: " + answer);
        JsonObject near = answer.getJsonArray("similar").getJsonObject(0);
        assertEquals("相似水壶 K2", near.getString("name"));
        assertEquals(11_000, near.getJsonNumber("price").longValue());
        assertEquals("CNY", near.getString("currency"));
        assertEquals(List.of(), ids(answer, "boughtTogether"), "nothing bought yet");
        assertEquals(List.of(nearKettle), ids(recommendations(kettle + "&limit=1", 200), "similar"));
        assertProblem(RunningShop.get(PUBLIC + "/promo/recommendations?productId=" + draft), 404, "NOT_FOUND");
    }

    @Test
    void bad_parameters_are_400_and_unknown_products_404_as_problems() {
        for (String query : List.of("limit=0", "limit=51", "limit=-3", "limit=abc", "categoryId=" + "x".repeat(37))) {
            HttpResponse<String> response = RunningShop.get(PUBLIC + "/promo/rankings/hot?" + query);
            assertEquals(400, response.statusCode(), query + ": " + response.body());
            assertTrue(List.of("VALIDATION_FAILED", "MALFORMED_REQUEST").contains(json(response).getString("code")), response.body());
            assertProblem(response, 400, json(response).getString("code"));
        }
        assertProblem(RunningShop.get(PUBLIC + "/promo/rankings/hot?limit=0"), 400, "VALIDATION_FAILED");
        assertProblem(RunningShop.get(PUBLIC + "/promo/recommendations"), 400, "VALIDATION_FAILED");
        assertProblem(RunningShop.get(PUBLIC + "/promo/recommendations?productId=p&limit=99"), 400, "VALIDATION_FAILED");
        assertProblem(RunningShop.get(PUBLIC + "/promo/recommendations?productId=" + UUID.randomUUID()), 404, "NOT_FOUND");
        assertEquals(List.of(), places(hot("categoryId=" + UUID.randomUUID())), "an unknown category sold nothing");
    }

    // --- helpers ---------------------------------------------------------------------------

    static String unique(String prefix) {
        return prefix + " " + SearchIT.token();
    }

    /** A category (top-level without parent); top-level ones are disabled after the test. */
    private String category(String name, String parentId) {
        JsonObject body = parentId == null ? Json.createObjectBuilder().add("name", name).add("sortOrder", 999).build()
                : Json.createObjectBuilder().add("name", name).add("parentId", parentId).build();
        HttpResponse<String> created = operator.send("POST", "/catalog/categories", body.toString());
        assertEquals(201, created.statusCode(), created.body());
        if (parentId == null) {
            topCategories.add(json(created).getString("id"));
        }
        return json(created).getString("id");
    }

    private String brand() {
        HttpResponse<String> created = operator.send("POST", "/catalog/brands", "{\"name\":\"" + unique("RankBrand") + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getString("id");
    }

    /** A published product with one SKU and stock for it. */
    private String product(String name, String categoryId, String brandId, long price) {
        var body = Operator.product(name, categoryId, Sku.of("黑色", price));
        if (brandId != null) {
            body.add("brandId", brandId);
        }
        JsonObject product = operator.published(body);
        String sku = product.getJsonArray("skus").getJsonObject(0).getString("id");
        HttpResponse<String> stocked = operator.send("POST", "/inventory/stock/" + sku + "/adjustments", "{\"delta\":50,\"reason\":\"到货\"}");
        assertEquals(201, stocked.statusCode(), stocked.body());
        return product.getString("id");
    }

    private static String skuOf(String productId) {
        return json(RunningShop.get(PUBLIC + "/catalog/products/" + productId)).getJsonArray("skus").getJsonObject(0).getString("id");
    }

    /** Places and pays an order through checkout and the sandbox provider; returns its id once PAID. */
    private static String paidOrder(Shopping shopper, Object... skuAndQuantity) {
        JsonObject order = shopper.placed(skuAndQuantity);
        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(order.getString("id"), "PAID", 30_000);
        return order.getString("id");
    }

    private static JsonObject hot(String query) {
        HttpResponse<String> response = RunningShop.get(PUBLIC + "/promo/rankings/hot?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    /** A ranking as {@code productId=unitsSold#rank}. */
    private static List<String> places(JsonObject ranking) {
        return ranking.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("productId") + "=" + i.getJsonNumber("unitsSold").longValue() + "#" + i.getInt("rank")).toList();
    }

    private static List<String> awaitRanking(String categoryId, List<String> expected) {
        return Shopping.await(() -> places(hot("categoryId=" + encoded(categoryId))), expected::equals, EVENTUAL,
                "ranking of " + categoryId + " " + expected);
    }

    private static JsonObject recommendations(String productQuery, int status) {
        HttpResponse<String> response = RunningShop.get(PUBLIC + "/promo/recommendations?productId=" + productQuery);
        assertEquals(status, response.statusCode(), response.body());
        return json(response);
    }

    /** Products bought with {@code productId} as {@code productId=orders}. */
    private static List<String> together(String productId) {
        return recommendations(productId, 200).getJsonArray("boughtTogether").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("productId") + "=" + p.getJsonNumber("orders").longValue()).toList();
    }

    private static List<String> ids(JsonObject answer, String list) {
        return answer.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(p -> p.getString("productId")).toList();
    }

    private static void publish(String event) throws Exception {
        try (JMSContext context = RunningShop.broker().createContext()) {
            TextMessage message = context.createTextMessage(event);
            message.setStringProperty("ce_type", "shop.order.paid");
            context.createProducer().send(context.createTopic("shop.order"), message);
        }
    }
}
