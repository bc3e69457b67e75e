package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Flash sales (限时秒杀) through the public URLs: operators open them, a burst of shoppers buys
 * through {@code POST /order/orders} with {@code flashSaleId}, and the quota and each shopper's
 * limit are never passed; units of refused, cancelled or unpaid orders go back to the quota.
 */
class FlashSaleIT {

    private static final Operator OPERATOR = new Operator();

    @AfterAll
    static void removeProducts() {
        CouponIT.endRulesAndRemoveProducts(); // the products were created through CouponIT's operator
    }

    /** {productId, skuId} of a new product at {@code price} fen with {@code stock} units. */
    static String[] product(long price, int stock) {
        return CouponIT.product("IT秒杀手机", price, stock);
    }

    static JsonObjectBuilder sale(String sku, long price, int quantity, int perUser, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        return Json.createObjectBuilder().add("skuId", sku).add("price", price).add("quantity", quantity).add("perUserLimit", perUser)
                .add("startsAt", startsAt.toString()).add("endsAt", endsAt.toString());
    }

    static JsonObject opened(JsonObjectBuilder sale) {
        HttpResponse<String> created = OPERATOR.send("POST", "/promo/flash-sales", sale.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return json(created);
    }

    /** A sale on now for an hour. */
    static JsonObject onNow(String sku, long price, int quantity, int perUser) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return opened(sale(sku, price, quantity, perUser, now.minusSeconds(5), now.plusHours(1)));
    }

    static String flashOrder(Shopping shopper, String saleId, String sku, int quantity) {
        return Json.createObjectBuilder(RunningShop.parse(Shopping.body(shopper.addressId(), sku, quantity)).asJsonObject())
                .add("flashSaleId", saleId).build().toString();
    }

    static int remaining(String saleId) {
        return json(RunningShop.get(RunningShop.PUBLIC + "/promo/flash-sales/" + saleId)).getInt("remaining");
    }

    /** Places the flash order, coming back after a 429 as its Retry-After says (a few times at most). */
    static HttpResponse<String> buy(Shopping shopper, String saleId, String sku, int quantity) {
        HttpResponse<String> answer = shopper.orderBody(null, flashOrder(shopper, saleId, sku, quantity));
        for (int i = 0; i < 20 && answer.statusCode() == 429; i++) {
            assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "a 429 says when to come back");
            SagaThroughCoordinatorIT.sleep(300);
            answer = shopper.orderBody(null, flashOrder(shopper, saleId, sku, quantity));
        }
        return answer;
    }

    @Test
    void operators_open_sales_and_anyone_lists_them() {
        String[] phone = product(99900, 20);
        Shopping shopper = Shopping.shopper();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertProblem(shopper.post("/promo/flash-sales", sale(phone[1], 9900, 5, 1, now, now.plusHours(1)).build().toString()), 403, "FORBIDDEN");
        assertProblem(OPERATOR.send("POST", "/promo/flash-sales", sale(phone[1], 99900, 5, 1, now, now.plusHours(1)).build().toString()),
                400, "VALIDATION_FAILED");
        assertProblem(OPERATOR.send("POST", "/promo/flash-sales", sale(phone[1], 9900, 5, 1, now, now.minusHours(1)).build().toString()),
                400, "VALIDATION_FAILED");
        assertProblem(OPERATOR.send("POST", "/promo/flash-sales", sale(phone[1], 9900, 5, 6, now, now.plusHours(1)).build().toString()),
                400, "VALIDATION_FAILED");
        assertProblem(OPERATOR.send("POST", "/promo/flash-sales", sale("no-such-sku", 9900, 5, 1, now, now.plusHours(1)).build().toString()),
                422, "INVALID_REFERENCE");

        JsonObject sale = onNow(phone[1], 9900, 5, 1);
        assertEquals("ON_SALE", sale.getString("status"));
        assertEquals(99900, sale.getInt("regularPrice"));
        assertEquals(5, sale.getInt("remaining"));
        String active = RunningShop.get(RunningShop.PUBLIC + "/promo/flash-sales?active=true").body();
        assertTrue(active.contains(sale.getString("id")), "anyone lists the sales on now, without a token");

        JsonObject quote = json(shopper.post("/order/orders/preview", flashOrder(shopper, sale.getString("id"), phone[1], 1)));
        assertEquals(9900, quote.getJsonObject("totals").getInt("items"), quote.toString());
        assertTrue(quote.getJsonArray("adjustments").toString().contains("秒杀"), quote.toString());
    }

    @Test
    void a_burst_never_sells_more_than_the_quota_nor_more_to_one_shopper_than_the_limit() throws Exception {
        String[] phone = product(59900, 40);
        JsonObject sale = onNow(phone[1], 19900, 5, 1);
        String saleId = sale.getString("id");
        List<Shopping> shoppers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            shoppers.add(Shopping.shopper());
        }
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer promo = integrator.createConsumer(integrator.createTopic("shop.promo"))) {
            // Every shopper sends two orders at once; a 429 is followed as its Retry-After says, as an app would.
            java.util.concurrent.ExecutorService burst = java.util.concurrent.Executors.newFixedThreadPool(24);
            Map<java.util.concurrent.Future<HttpResponse<String>>, Shopping> whose = new HashMap<>();
            for (int round = 0; round < 2; round++) {
                for (Shopping shopper : shoppers) {
                    whose.put(burst.submit(() -> buy(shopper, saleId, phone[1], 1)), shopper);
                }
            }
            burst.shutdown();
            Map<String, Integer> bought = new HashMap<>();
            List<String> orders = new ArrayList<>();
            for (Map.Entry<java.util.concurrent.Future<HttpResponse<String>>, Shopping> attempt : whose.entrySet()) {
                HttpResponse<String> answer = attempt.getKey().get();
                if (answer.statusCode() == 201) {
                    JsonObject order = json(answer);
                    assertEquals(19900, order.getJsonObject("totals").getInt("items"), "the sale's price, not the catalog's");
                    assertEquals(saleId, order.getString("flashSaleId"));
                    bought.merge(attempt.getValue().userId(), 1, Integer::sum);
                    orders.add(order.getString("id"));
                } else {
                    assertEquals(409, answer.statusCode(), answer.body());
                    String code = json(answer).getString("code");
                    assertTrue(List.of("SOLD_OUT", "CONFLICT").contains(code), answer.body());
                }
            }
            assertEquals(5, orders.size(), "24 attempts at once for 5 units");
            bought.values().forEach(n -> assertEquals(1, n, "one unit per shopper"));
            assertEquals(0, remaining(saleId));
            assertEquals("SOLD_OUT", json(RunningShop.get(RunningShop.PUBLIC + "/promo/flash-sales/" + saleId)).getString("status"));
            Shopping late = Shopping.shopper();
            assertProblem(late.orderBody(null, flashOrder(late, saleId, phone[1], 1)), 409, "SOLD_OUT");
            assertNotNull(Shopping.nextEvent(promo, saleId, "shop.promo.flashsale.soldout", 10_000), "integrators hear it sold out");
            Shopping.awaitStock(phone[1], 35, 5, 10_000);
        }
    }

    @Test
    void a_cancelled_or_refused_flash_order_gives_its_unit_back() {
        String[] phone = product(29900, 10);
        JsonObject sale = onNow(phone[1], 9900, 1, 1);
        String saleId = sale.getString("id");
        Shopping first = Shopping.shopper();
        Shopping second = Shopping.shopper();

        JsonObject order = json(buy(first, saleId, phone[1], 1));
        assertEquals(0, remaining(saleId));
        assertProblem(buy(second, saleId, phone[1], 1), 409, "SOLD_OUT");
        assertEquals(200, first.post("/order/orders/" + order.getString("id") + "/cancel", null).statusCode());
        Shopping.await(() -> remaining(saleId), n -> n == 1, 15_000, "the cancelled order's unit back in the quota");

        // A checkout refused after the take (payment creation fails for "payfail" shoppers): the unit comes back.
        Shopping refused = Shopping.shopper("payfail");
        Shopping.await(() -> buy(refused, saleId, phone[1], 1).statusCode(), s -> s == 503, 5_000, "the refused checkout");
        Shopping.await(() -> remaining(saleId), n -> n == 1, 15_000, "the refused checkout's unit back in the quota");

        // Once it is back, the next shopper buys it (the order service believes "sold out" for a second at most).
        HttpResponse<String> bought = Shopping.await(() -> buy(second, saleId, phone[1], 1), r -> r.statusCode() == 201, 10_000,
                "the unit bought again");
        JsonObject paid = json(bought);
        second.pay(paid.getString("paymentId"), "success");
        second.awaitOrder(paid.getString("id"), "PAID", 15_000);
        assertEquals(0, remaining(saleId));
    }

    /** The flash order sent with {@code Prefer: respond-async}: answered once the units are taken. */
    static HttpResponse<String> queue(Shopping shopper, String saleId, String sku, int quantity) {
        return RunningShop.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(RunningShop.PUBLIC + "/order/orders"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + shopper.token())
                .header("Prefer", "respond-async, wait=0")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(flashOrder(shopper, saleId, sku, quantity))));
    }

    static JsonObject settled(Shopping shopper, String location) {
        return Shopping.await(() -> json(shopper.get(location)), c -> List.of("PLACED", "REFUSED").contains(c.getString("status")), 20_000,
                "the queued checkout settled");
    }

    @Test
    void a_queued_flash_checkout_is_answered_when_its_units_are_taken_and_placed_or_refused_after() {
        // One unit in stock for a sale of three: the second checkout gets its units, then its saga finds no stock.
        String[] phone = product(39900, 1);
        JsonObject sale = onNow(phone[1], 9900, 3, 1);
        String saleId = sale.getString("id");
        Shopping first = Shopping.shopper();
        Shopping second = Shopping.shopper();

        HttpResponse<String> accepted = queue(first, saleId, phone[1], 1);
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertEquals("respond-async", accepted.headers().firstValue("Preference-Applied").orElse(null));
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonObject checkout = json(accepted);
        assertTrue(location.endsWith("/order/flash-checkouts/" + checkout.getString("id")), location);
        assertTrue(List.of("QUEUED", "RUNNING").contains(checkout.getString("status")), checkout.toString());
        assertEquals(2, remaining(saleId), "the unit is taken before the answer");
        String path = "/order/flash-checkouts/" + checkout.getString("id");
        assertProblem(second.get(path), 404, "NOT_FOUND");

        JsonObject placed = settled(first, path);
        assertEquals("PLACED", placed.getString("status"), placed.toString());
        JsonObject order = first.orderDetail(placed.getString("orderId"));
        assertEquals("PENDING_PAYMENT", order.getString("status"));
        assertEquals(saleId, order.getString("flashSaleId"));
        assertEquals(9900, order.getJsonObject("totals").getInt("items"), "the sale's price");
        assertEquals(1, json(first.get("/order/orders")).getJsonArray("items").size());

        HttpResponse<String> late = queue(second, saleId, phone[1], 1);
        assertEquals(202, late.statusCode(), late.body());
        JsonObject refused = settled(second, "/order/flash-checkouts/" + json(late).getString("id"));
        assertEquals("REFUSED", refused.getString("status"), refused.toString());
        assertEquals("OUT_OF_STOCK", refused.getJsonObject("problem").getString("code"), refused.toString());
        assertTrue(!refused.containsKey("orderId"), refused.toString());
        Shopping.await(() -> remaining(saleId), n -> n == 2, 15_000, "the refused checkout's unit back in the quota");
        assertEquals(0, json(second.get("/order/orders")).getJsonArray("items").size(), "a refused checkout leaves no order");

        // The gates answer as before, at once: nothing is queued that was not taken.
        assertProblem(queue(first, saleId, phone[1], 1), 409, "CONFLICT");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JsonObject later = opened(sale(phone[1], 9900, 3, 1, now.plusHours(1), now.plusHours(2)));
        assertProblem(queue(second, later.getString("id"), phone[1], 1), 409, "NOT_STARTED");
        assertProblem(queue(second, saleId, phone[1], 2), 409, "CONFLICT");

        first.pay(order.getString("paymentId"), "success");
        first.awaitOrder(order.getString("id"), "PAID", 15_000);
    }

    @Test
    void before_the_start_after_the_end_and_bad_requests_are_refused() {
        String[] phone = product(19900, 10);
        Shopping shopper = Shopping.shopper();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JsonObject later = opened(sale(phone[1], 9900, 3, 2, now.plusHours(1), now.plusHours(2)));
        HttpResponse<String> early = buy(shopper, later.getString("id"), phone[1], 1);
        assertProblem(early, 409, "NOT_STARTED");
        assertTrue(json(early).getString("detail").contains(later.getString("startsAt").substring(0, 19)), "names the start: " + early.body());
        assertProblem(shopper.post("/order/orders/preview", flashOrder(shopper, later.getString("id"), phone[1], 1)), 409, "NOT_STARTED");

        JsonObject sale = onNow(phone[1], 9900, 3, 2);
        String saleId = sale.getString("id");
        String[] other = product(19900, 5);
        assertProblem(buy(shopper, saleId, other[1], 1), 422, "INVALID_REFERENCE");
        assertProblem(buy(shopper, "no-such-sale", phone[1], 1), 422, "INVALID_REFERENCE");
        assertProblem(buy(shopper, saleId, phone[1], 3), 409, "CONFLICT");
        String withCoupon = Json.createObjectBuilder(RunningShop.parse(flashOrder(shopper, saleId, phone[1], 1)).asJsonObject())
                .add("couponId", "any").build().toString();
        assertProblem(shopper.orderBody(null, withCoupon), 422, "COUPON_INVALID");
        String fromCart = Json.createObjectBuilder().add("fromCart", true).add("addressId", shopper.addressId()).add("flashSaleId", saleId)
                .build().toString();
        assertProblem(shopper.orderBody(null, fromCart), 400, "VALIDATION_FAILED");
        assertEquals(3, remaining(saleId), "nothing refused took a unit");

        assertEquals(201, buy(shopper, saleId, phone[1], 2).statusCode());
        assertProblem(buy(shopper, saleId, phone[1], 1), 409, "CONFLICT");
        assertEquals(1, remaining(saleId));

        assertEquals("ENDED", json(OPERATOR.send("POST", "/promo/flash-sales/" + saleId + "/end", null)).getString("status"));
        assertProblem(buy(Shopping.shopper(), saleId, phone[1], 1), 409, "ENDED");
        assertProblem(OPERATOR.send("POST", "/promo/flash-sales/" + saleId + "/end", null), 409, "INVALID_STATE");
        // The take and hold endpoints live on the internal surface only.
        assertEquals(404, shopper.post("/promo/internal/flash-sales/" + saleId + "/takes", "{}").statusCode());
    }

    @Test
    void settled_queued_checkouts_are_forgotten_after_a_month_and_recent_ones_kept() throws Exception {
        String old = java.util.UUID.randomUUID().toString();
        String recent = java.util.UUID.randomUUID().toString();
        String insert = "INSERT INTO order_svc.flash_checkout (id, user_id, username, sale_id, take_id, sku_id, quantity, price, address_id,"
                + " status, created_at, updated_at) VALUES (?, 'u', 'u', 's', ?, 'k', 1, 100, 'a', ?, now() - ?::interval, now() - ?::interval)";
        try (java.sql.Connection db = RunningShop.database(); java.sql.PreparedStatement rows = db.prepareStatement(insert)) {
            for (String[] row : new String[][] {{old, "REFUSED", "31 days"}, {recent, "PLACED", "29 days"}}) {
                rows.setString(1, row[0]);
                rows.setString(2, row[0]);
                rows.setString(3, row[1]);
                rows.setString(4, row[2]);
                rows.setString(5, row[2]);
                rows.executeUpdate();
            }
            // The queue's sweep (every 10 s) forgets settled checkouts older than shop.order.flash-sale.checkouts-kept-for (P30D).
            Shopping.await(() -> count(db, old), n -> n == 0, 30_000, "the month-old refused checkout forgotten");
            assertEquals(1, count(db, recent), "a recent one is kept");
            try (java.sql.PreparedStatement clean = db.prepareStatement("DELETE FROM order_svc.flash_checkout WHERE id = ?")) {
                clean.setString(1, recent);
                clean.executeUpdate();
            }
        }
    }

    private static int count(java.sql.Connection db, String id) {
        try (java.sql.PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM order_svc.flash_checkout WHERE id = ?")) {
            query.setString(1, id);
            try (java.sql.ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
