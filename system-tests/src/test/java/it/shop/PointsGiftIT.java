package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static it.shop.StockReservationIT.skuWithStock;
import static it.shop.StockReservationIT.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;

/**
 * Gifts for points (积分兑换礼品) through the public URLs, the real coordinator, order-war,
 * inventory and user-war: an exchange takes a unit of the offer, and its order, paid with the
 * points alone, is paid at once, ships free and is refunded like any other; a refusal takes no
 * points, keeps no order and gives the unit back.
 */
class PointsGiftIT {

    private static final long SETTLE = 20_000;
    private final Operator operator = new Operator();

    private JsonObject giftOffer(String sku, long points, int quantity, int perUser) {
        HttpResponse<String> created = operator.send("POST", "/promo/points-offers", "{\"name\":\"积分换礼\",\"points\":" + points
                + ",\"gift\":{\"skuId\":\"" + sku + "\",\"quantity\":" + quantity + ",\"perUserLimit\":" + perUser + "}}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject offer = json(created);
        assertEquals("GIFT", offer.getString("kind"));
        assertEquals(sku, offer.getJsonObject("gift").getString("skuId"));
        assertEquals(quantity, offer.getJsonObject("gift").getInt("remaining"));
        return offer;
    }

    private static int remaining(String offerId) {
        return RunningShop.parse(RunningShop.get(RunningShop.PUBLIC + "/promo/points-offers").body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("id").equals(offerId)).findFirst().orElseThrow()
                .getJsonObject("gift").getInt("remaining");
    }

    private void adjustStock(String sku, int delta) {
        HttpResponse<String> stocked = operator.send("POST", "/inventory/stock/" + sku + "/adjustments",
                "{\"delta\":" + delta + ",\"reason\":\"gift test\"}");
        assertTrue(stocked.statusCode() == 200 || stocked.statusCode() == 201, stocked.body());
    }

    private void grant(Shopping shopper, long points) {
        HttpResponse<String> granted = operator.send("POST", "/user/admin/members/" + shopper.userId() + "/points",
                "{\"delta\":" + points + ",\"reason\":\"gift test\"}");
        assertEquals(200, granted.statusCode(), granted.body());
        PointsIT.awaitBalance(shopper, points, 0);
    }

    private static HttpResponse<String> exchange(Shopping shopper, String offerId, String addressId, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningShop.PUBLIC + "/promo/points-offers/" + offerId + "/exchange"))
                .header("Authorization", "Bearer " + shopper.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(addressId == null ? "{}" : "{\"addressId\":\"" + addressId + "\"}"));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return RunningShop.send(request);
    }

    /**
     * An exchange refused inside its saga: answered with the problem, listed as refused with it
     * and without an order, the points all back, no order shown, the unit back in the offer.
     */
    private static void refusedTakingNothing(Shopping shopper, String offerId, int status, String code, long balance, int left) {
        assertProblem(exchange(shopper, offerId, shopper.addressId(), null), status, code);
        JsonObject refused = json(shopper.get("/promo/me/points-exchanges")).getJsonArray("items").getJsonObject(0);
        assertEquals("REFUSED", refused.getString("status"), refused.toString());
        assertEquals(code, refused.getJsonObject("problem").getString("code"), refused.toString());
        assertTrue(refused.isNull("orderId"), refused.toString());
        PointsIT.awaitBalance(shopper, balance, 0);
        assertEquals(0, shopper.ordersListed());
        assertEquals(left, remaining(offerId));
    }

    @Test
    void a_gift_is_an_order_paid_with_points_alone_shipped_free_and_refunded_like_any_other() throws Exception {
        String sku = skuWithStock(5, 100_000);
        int[] before = stock(sku);
        String offerId = giftOffer(sku, 2_000, 2, 1).getString("id");
        Shopping shopper = Shopping.shopper();
        grant(shopper, 3_000);

        // Refused before anything is taken: no address, or an address that is not the shopper's.
        assertProblem(exchange(shopper, offerId, null, null), 400, "VALIDATION_FAILED");
        assertProblem(exchange(shopper, offerId, Shopping.shopper().addressId(), null), 422, "INVALID_REFERENCE");
        PointsIT.awaitBalance(shopper, 3_000, 0);
        assertEquals(2, remaining(offerId), "a refused exchange gives its unit back");
        assertEquals(0, shopper.ordersListed(), "a refused gift leaves no order");

        String key = UUID.randomUUID().toString();
        JsonObject done;
        String orderId;
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer orders = integrator.createConsumer(integrator.createTopic("shop.order"))) {
            HttpResponse<String> exchanged = exchange(shopper, offerId, shopper.addressId(), key);
            assertEquals(201, exchanged.statusCode(), exchanged.body());
            done = json(exchanged);
            assertEquals("DONE", done.getString("status"), done.toString());
            assertTrue(done.isNull("couponId"));
            orderId = done.getString("orderId");

            JsonObject placed = Shopping.nextEvent(orders, orderId, "shop.order.placed", 10_000).getJsonObject("data");
            assertTrue(!placed.containsKey("paymentId"), "a gift is placed without a payment: " + placed);
            assertEquals(0, placed.getJsonObject("totals").getJsonObject("payable").getJsonNumber("amount").longValue());
            JsonObject paid = Shopping.nextEvent(orders, orderId, "shop.order.paid", 10_000).getJsonObject("data");
            assertEquals("points:" + orderId, paid.getString("paymentId"));
            assertEquals(0, paid.getJsonObject("amount").getJsonNumber("amount").longValue());
            assertEquals(offerId, paid.getString("pointsOfferId"));
        }

        JsonObject order = shopper.awaitOrder(orderId, "PAID", SETTLE);
        JsonObject totals = order.getJsonObject("totals");
        assertEquals(List.of(2_000L, 0L, 0L, 2_000L, 0L), List.of(totals.getJsonNumber("items").longValue(),
                totals.getJsonNumber("discount").longValue(), totals.getJsonNumber("shipping").longValue(),
                totals.getJsonNumber("points").longValue(), totals.getJsonNumber("payable").longValue()), order.toString());
        assertTrue(order.isNull("paymentId"), "a gift has no payment");
        assertEquals(offerId, order.getString("pointsOfferId"));
        assertEquals(sku, order.getJsonArray("lines").getJsonObject(0).getString("skuId"));
        JsonObject points = PointsIT.awaitBalance(shopper, 1_000, 0);
        assertEquals(List.of("SPENT -2000"), PointsIT.kinds(points, orderId), "the order spent the points; paying nothing earns nothing");
        Shopping.awaitStock(sku, before[0] - 1, before[1], SETTLE);
        assertEquals(1, remaining(offerId));

        HttpResponse<String> replayed = exchange(shopper, offerId, shopper.addressId(), key);
        assertEquals(201, replayed.statusCode(), replayed.body());
        assertEquals(done.getString("id"), json(replayed).getString("id"), "a retried key answers the first exchange");

        // Over the limit of one per shopper; then the last unit goes to another shopper and the next one finds none.
        assertProblem(exchange(shopper, offerId, shopper.addressId(), null), 409, "CONFLICT");
        Shopping second = Shopping.shopper();
        grant(second, 2_000);
        assertEquals(201, exchange(second, offerId, second.addressId(), null).statusCode());
        Shopping late = Shopping.shopper();
        grant(late, 2_000);
        assertProblem(exchange(late, offerId, late.addressId(), null), 409, "SOLD_OUT");
        PointsIT.awaitBalance(late, 2_000, 0);
        assertEquals(0, remaining(offerId));
        PointsIT.awaitBalance(shopper, 1_000, 0);

        // Cancelled before shipping: refunded with nothing to pay back; the points, the stock and the offer's unit come back.
        assertEquals(200, shopper.post("/order/orders/" + orderId + "/cancel", null).statusCode());
        shopper.awaitOrder(orderId, "REFUNDED", SETTLE);
        JsonObject refunded = PointsIT.awaitBalance(shopper, 3_000, 0);
        assertEquals(List.of("RETURNED 2000", "SPENT -2000"), PointsIT.kinds(refunded, orderId).stream().sorted().toList());
        Shopping.awaitStock(sku, before[0] - 1, before[1], SETTLE); // the second shopper's gift is still out
        Shopping.await(() -> remaining(offerId), left -> left == 1, SETTLE, "the refunded gift back in its offer");
        assertEquals("RETURNED", json(shopper.get("/promo/me/points-exchanges/" + done.getString("id"))).getString("status"));

        // No longer holding the gift, the shopper may have it again; the late shopper's attempt sold it out.
        assertEquals(201, exchange(shopper, offerId, shopper.addressId(), null).statusCode());
        PointsIT.awaitBalance(shopper, 1_000, 0);
        assertProblem(exchange(late, offerId, late.addressId(), null), 409, "SOLD_OUT");
    }

    @Test
    void concurrent_exchanges_never_pass_the_quantity_or_a_shoppers_limit_and_a_gift_out_of_stock_takes_nothing() throws Exception {
        JsonObject product = operator.published(Operator.product("积分礼品 " + IdentityIT.uniqueName(), Operator.category("智能手机"),
                Operator.Sku.of("白色", 9_900)));
        try {
            String sku = product.getJsonArray("skus").getJsonObject(0).getString("id");
            String offerId = giftOffer(sku, 100, 3, 1).getString("id");

            // Nothing in stock: inventory refuses inside the saga, which is cancelled; the points and the unit come back.
            adjustStock(sku, 1);
            adjustStock(sku, -1);
            Shopping early = Shopping.shopper();
            grant(early, 100);
            refusedTakingNothing(early, offerId, 409, "OUT_OF_STOCK", 100, 3);

            adjustStock(sku, 10);

            // Six shoppers who could each afford two send two exchanges each at once, for three gifts of one per shopper.
            List<Shopping> shoppers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Shopping shopper = Shopping.shopper();
                grant(shopper, 200);
                shoppers.add(shopper);
            }
            HttpClient client = HttpClient.newHttpClient();
            Map<CompletableFuture<HttpResponse<String>>, Shopping> whose = new HashMap<>();
            for (int round = 0; round < 2; round++) {
                for (Shopping shopper : shoppers) {
                    whose.put(client.sendAsync(HttpRequest.newBuilder(URI.create(RunningShop.PUBLIC + "/promo/points-offers/" + offerId
                            + "/exchange")).header("Authorization", "Bearer " + shopper.token()).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"addressId\":\"" + shopper.addressId() + "\"}")).build(),
                            HttpResponse.BodyHandlers.ofString()), shopper);
                }
            }
            Map<Shopping, Integer> gifts = new HashMap<>();
            for (Map.Entry<CompletableFuture<HttpResponse<String>>, Shopping> attempt : whose.entrySet()) {
                HttpResponse<String> response = attempt.getKey().get();
                if (response.statusCode() == 201) {
                    gifts.merge(attempt.getValue(), 1, Integer::sum);
                } else {
                    assertEquals(409, response.statusCode(), response.body());
                    String code = json(response).getString("code");
                    assertTrue(code.equals("SOLD_OUT") || code.equals("CONFLICT"), response.body());
                }
            }
            assertEquals(3, gifts.values().stream().mapToInt(Integer::intValue).sum(), "12 exchanges at once for 3 gifts: " + gifts);
            gifts.values().forEach(n -> assertEquals(1, n, "one gift per shopper"));
            assertEquals(0, remaining(offerId));
            for (Shopping shopper : shoppers) {
                PointsIT.awaitBalance(shopper, gifts.containsKey(shopper) ? 100 : 200, 0);
            }
            Shopping.awaitStock(sku, 7, 0, SETTLE);
        } finally {
            operator.cleanUp();
        }
    }

    @Test
    void a_gift_needs_the_points_and_a_sku_the_catalog_sells() {
        String sku = skuWithStock(5, 100_000);
        String offerId = giftOffer(sku, 500, 3, 2).getString("id");
        Shopping poor = Shopping.shopper();
        grant(poor, 499);
        refusedTakingNothing(poor, offerId, 400, "VALIDATION_FAILED", 499, 3);

        assertProblem(operator.send("POST", "/promo/points-offers", "{\"name\":\"x\",\"points\":5,\"gift\":{\"skuId\":\"nope\",\"quantity\":1,"
                + "\"perUserLimit\":1}}"), 422, "INVALID_REFERENCE");
        assertProblem(operator.send("POST", "/promo/points-offers", "{\"name\":\"x\",\"points\":5}"), 400, "VALIDATION_FAILED");
        assertProblem(operator.send("POST", "/promo/points-offers", "{\"name\":\"x\",\"points\":5,\"gift\":{\"skuId\":\"" + sku
                + "\",\"quantity\":0,\"perUserLimit\":1}}"), 400, "VALIDATION_FAILED");
        assertProblem(Shopping.shopper().post("/promo/points-offers", "{\"name\":\"x\",\"points\":5,\"gift\":{\"skuId\":\"" + sku
                + "\",\"quantity\":1,\"perUserLimit\":1}}"), 403, "FORBIDDEN");
    }
}
