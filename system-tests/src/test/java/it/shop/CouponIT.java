package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Coupons and promotion rules through the public URLs: operators issue templates and rules,
 * shoppers claim (never beyond the limits, even all at once), the preview picks and explains
 * the best combination, and checkout locks the coupon in its saga: used when paid, back in the
 * wallet when the order is cancelled unpaid or refunded in full. Rules are scoped to this
 * test's own products and ended afterwards, so other tests' prices are untouched.
 */
class CouponIT {

    private static final Operator OPERATOR = new Operator();
    private static final List<String> RULES = new ArrayList<>();

    @AfterAll
    static void endRulesAndRemoveProducts() {
        RULES.forEach(id -> OPERATOR.send("POST", "/promo/rules/" + id + "/end", null));
        OPERATOR.cleanUp(); // other tests read the newest products of the catalog
    }

    /** A published product of one SKU at {@code price} fen with 50 units in stock; returns {productId, skuId}. */
    static String[] product(String name, long price) {
        return product(name, price, 50);
    }

    /** A published product of one SKU at {@code price} fen with {@code stock} units; returns {productId, skuId}. */
    static String[] product(String name, long price, int stock) {
        JsonObject product = OPERATOR.published(Operator.product(name + " " + IdentityIT.uniqueName(), Operator.category("智能手机"),
                Operator.Sku.of("黑色", price)));
        String sku = product.getJsonArray("skus").getJsonObject(0).getString("id");
        HttpResponse<String> stocked = OPERATOR.send("POST", "/inventory/stock/" + sku + "/adjustments", "{\"delta\":" + stock + ",\"reason\":\"promotions test\"}");
        assertTrue(stocked.statusCode() == 200 || stocked.statusCode() == 201, stocked.body());
        return new String[] {product.getString("id"), sku};
    }

    static JsonObjectBuilder template(String type, long threshold, long discount, int total, int perUser) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Json.createObjectBuilder().add("name", "IT券 " + type).add("type", type).add("threshold", threshold).add("discount", discount)
                .add("validFrom", now.minusMinutes(1).toString()).add("validTo", now.plusDays(1).toString())
                .add("totalQuantity", total).add("perUserLimit", perUser);
    }

    static JsonObject issued(JsonObjectBuilder template) {
        HttpResponse<String> created = OPERATOR.send("POST", "/promo/coupon-templates", template.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return json(created);
    }

    static String rule(String name, String kind, String productIdsJson, long threshold, long discount) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String body = "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"tiers\":[{\"threshold\":" + threshold + ",\"discount\":" + discount
                + "}],\"scope\":{\"productIds\":" + productIdsJson + "},\"validFrom\":\"" + now.minusMinutes(1) + "\",\"validTo\":\""
                + now.plusDays(1) + "\"}";
        HttpResponse<String> created = OPERATOR.send("POST", "/promo/rules", body);
        assertEquals(201, created.statusCode(), created.body());
        String id = json(created).getString("id");
        RULES.add(id);
        return id;
    }

    static String claim(Shopping shopper, String templateId) {
        HttpResponse<String> claimed = shopper.post("/promo/coupon-templates/" + templateId + "/claim", null);
        assertEquals(201, claimed.statusCode(), claimed.body());
        JsonObject coupon = json(claimed);
        assertEquals("AVAILABLE", coupon.getString("status"));
        assertEquals(templateId, coupon.getString("templateId"));
        return coupon.getString("id");
    }

    static String couponStatus(Shopping shopper, String couponId) {
        HttpResponse<String> mine = shopper.get("/promo/me/coupons");
        assertEquals(200, mine.statusCode(), mine.body());
        return RunningShop.parse(mine.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(couponId)).findFirst().map(c -> c.getString("status")).orElse("MISSING");
    }

    static JsonObject preview(Shopping shopper, String couponId, Object... skuAndQuantity) {
        HttpResponse<String> quote = shopper.post("/order/orders/preview", withCoupon(shopper, couponId, skuAndQuantity));
        assertEquals(200, quote.statusCode(), quote.body());
        return json(quote);
    }

    static String withCoupon(Shopping shopper, String couponId, Object... skuAndQuantity) {
        JsonObjectBuilder body = Json.createObjectBuilder(RunningShop.parse(Shopping.body(shopper.addressId(), skuAndQuantity)).asJsonObject());
        if (couponId != null) {
            body.add("couponId", couponId);
        }
        return body.build().toString();
    }

    @Test
    void shoppers_claim_within_the_limits_and_only_operators_issue() {
        Shopping shopper = Shopping.shopper();
        JsonObject template = issued(template("THRESHOLD", 10000, 1500, 5, 2));
        assertEquals(5, template.getInt("remaining"));
        assertEquals("IT券 THRESHOLD（满100减15）", template.getString("label"));

        assertProblem(shopper.post("/promo/coupon-templates", template("FIXED", 0, 100, 1, 1).build().toString()), 403, "FORBIDDEN");
        assertProblem(IdentityIT.post("/promo/coupon-templates/" + template.getString("id") + "/claim", null, null), 401, "UNAUTHORIZED");
        assertEquals(200, RunningShop.get(RunningShop.PUBLIC + "/promo/coupon-templates").statusCode(), "browsing templates is public");
        assertTrue(RunningShop.get(RunningShop.PUBLIC + "/promo/coupon-templates").body().contains(template.getString("id")));

        String first = claim(shopper, template.getString("id"));
        String second = claim(shopper, template.getString("id"));
        assertProblem(shopper.post("/promo/coupon-templates/" + template.getString("id") + "/claim", null), 409, "CONFLICT");
        assertEquals("AVAILABLE", couponStatus(shopper, first));
        assertEquals("AVAILABLE", couponStatus(shopper, second));
        assertEquals(3, json(RunningShop.get(RunningShop.PUBLIC + "/promo/coupon-templates/" + template.getString("id"))).getInt("remaining"));
        assertEquals("MISSING", couponStatus(Shopping.shopper(), first), "another shopper never sees my coupons");
    }

    static HttpResponse<String> claimWithKey(Shopping shopper, String templateId, String key) {
        return RunningShop.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(RunningShop.PUBLIC + "/promo/coupon-templates/"
                + templateId + "/claim")).header("Authorization", "Bearer " + shopper.token()).header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void a_claim_retried_with_its_idempotency_key_takes_one_coupon() {
        Shopping shopper = Shopping.shopper();
        String templateId = issued(template("FIXED", 0, 300, 5, 3)).getString("id");
        String key = java.util.UUID.randomUUID().toString();
        HttpResponse<String> first = claimWithKey(shopper, templateId, key);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> retried = claimWithKey(shopper, templateId, key);
        assertEquals(201, retried.statusCode(), retried.body());
        assertEquals(json(first).getString("id"), json(retried).getString("id"), "the retry answers the first claim");
        assertEquals(4, json(RunningShop.get(RunningShop.PUBLIC + "/promo/coupon-templates/" + templateId)).getInt("remaining"));

        HttpResponse<String> another = claimWithKey(shopper, templateId, java.util.UUID.randomUUID().toString());
        assertEquals(201, another.statusCode(), another.body());
        assertTrue(!json(another).getString("id").equals(json(first).getString("id")), "a new key is a new claim");
        assertEquals(3, json(RunningShop.get(RunningShop.PUBLIC + "/promo/coupon-templates/" + templateId)).getInt("remaining"));
        // The key is the shopper's: another shopper using it claims their own coupon.
        HttpResponse<String> someoneElse = claimWithKey(Shopping.shopper(), templateId, key);
        assertEquals(201, someoneElse.statusCode(), someoneElse.body());
        assertTrue(!json(someoneElse).getString("id").equals(json(first).getString("id")));
    }

    @Test
    void concurrent_claims_never_pass_the_total_or_a_shoppers_limit() throws Exception {
        JsonObject template = issued(template("FIXED", 0, 500, 10, 3));
        List<Shopping> shoppers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            shoppers.add(Shopping.shopper());
        }
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> claims = new ArrayList<>();
        Map<CompletableFuture<HttpResponse<String>>, String> whose = new HashMap<>();
        for (int round = 0; round < 6; round++) {
            for (Shopping shopper : shoppers) {
                CompletableFuture<HttpResponse<String>> claim = client.sendAsync(HttpRequest.newBuilder(
                        URI.create(RunningShop.PUBLIC + "/promo/coupon-templates/" + template.getString("id") + "/claim"))
                        .header("Authorization", "Bearer " + shopper.token()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                claims.add(claim);
                whose.put(claim, shopper.userId());
            }
        }
        Map<String, Integer> perShopper = new HashMap<>();
        int created = 0;
        for (CompletableFuture<HttpResponse<String>> claim : claims) {
            HttpResponse<String> response = claim.get();
            if (response.statusCode() == 201) {
                created++;
                perShopper.merge(whose.get(claim), 1, Integer::sum);
            } else {
                assertEquals(409, response.statusCode(), response.body());
                String code = json(response).getString("code");
                assertTrue(code.equals("SOLD_OUT") || code.equals("CONFLICT"), response.body());
            }
        }
        assertEquals(10, created, "36 claims at once for 10 coupons");
        perShopper.values().forEach(n -> assertTrue(n <= 3, "a shopper got " + n + " of a limit of 3"));
        JsonObject after = json(RunningShop.get(RunningShop.PUBLIC + "/promo/coupon-templates/" + template.getString("id")));
        assertEquals(10, after.getInt("claimed"));
        assertEquals(0, after.getInt("remaining"));
        long held = shoppers.stream().mapToLong(s -> RunningShop.parse(s.get("/promo/me/coupons").body()).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("templateId").equals(template.getString("id"))).count()).sum();
        assertEquals(10, held, "every coupon claimed is in exactly one wallet");
    }

    @Test
    void the_preview_picks_the_best_combination_and_explains_each_part() {
        String[] phone = product("IT满减手机", 20000);
        String[] case_ = product("IT满减手机壳", 15000);
        String ruleId = rule("IT满300减40", "AMOUNT_OFF", "[\"" + phone[0] + "\",\"" + case_[0] + "\"]", 30000, 4000);
        Shopping shopper = Shopping.shopper();
        String threshold = claim(shopper, issued(template("THRESHOLD", 10000, 2000, 10, 1)
                .add("scope", Json.createObjectBuilder().add("productIds", Json.createArrayBuilder().add(phone[0])))).getString("id"));
        String percent = claim(shopper, issued(template("PERCENT", 0, 10, 10, 1).add("maxDiscount", 1500)).getString("id"));

        // 350 yuan: the rule takes 40 (22.85 of it from the phone, floored to 22.85 → 2285), the phone coupon 20 → 60;
        // the percent coupon instead would take min(10% of 310, 15) = 15 → 55.
        JsonObject best = preview(shopper, null, phone[1], 1, case_[1], 1);
        assertEquals(35000, best.getJsonObject("totals").getInt("items"));
        assertEquals(6000, best.getJsonObject("totals").getInt("discount"), best.toString());
        assertEquals(threshold, best.getString("couponId"));
        String explained = best.getJsonArray("adjustments").toString();
        assertTrue(explained.contains("满300减40") && explained.contains("满100减20"), explained);
        Map<String, JsonObject> fits = new HashMap<>();
        best.getJsonArray("coupons").getValuesAs(JsonObject.class).forEach(c -> fits.put(c.getString("couponId"), c));
        assertEquals(6000, fits.get(threshold).getInt("discount"));
        assertEquals(5500, fits.get(percent).getInt("discount"));
        assertTrue(fits.get(percent).getBoolean("applicable"));

        JsonObject chosen = preview(shopper, percent, phone[1], 1, case_[1], 1);
        assertEquals(5500, chosen.getJsonObject("totals").getInt("discount"), "the shopper's choice wins over the best");
        assertEquals(percent, chosen.getString("couponId"));

        // Only the case: the phone coupon covers nothing, the rule's threshold is not reached.
        JsonObject caseOnly = preview(shopper, null, case_[1], 1);
        assertEquals(1500, caseOnly.getJsonObject("totals").getInt("discount"), caseOnly.toString());
        assertProblem(shopper.post("/order/orders/preview", withCoupon(shopper, threshold, case_[1], 1)), 422, "COUPON_INVALID");
        assertProblem(shopper.post("/order/orders/preview", withCoupon(shopper, "no-such-coupon", case_[1], 1)), 422, "INVALID_REFERENCE");
        Shopping other = Shopping.shopper();
        assertProblem(other.post("/order/orders/preview", withCoupon(other, threshold, phone[1], 1)), 422, "INVALID_REFERENCE");
        assertProblem(other.orderBody(null, withCoupon(other, threshold, phone[1], 1)), 422, "INVALID_REFERENCE");

        // A paused rule no longer applies.
        assertEquals(200, OPERATOR.send("POST", "/promo/rules/" + ruleId + "/pause", null).statusCode());
        JsonObject paused = preview(shopper, null, phone[1], 1, case_[1], 1);
        assertEquals(2000, paused.getJsonObject("totals").getInt("discount"), paused.toString());
        assertFalse(paused.getJsonArray("adjustments").toString().contains("满300减40"));
    }

    @Test
    void checkout_locks_the_coupon_paying_uses_it_and_cancelling_or_refunding_gives_it_back() throws Exception {
        String[] phone = product("IT券手机", 12000);
        Shopping shopper = Shopping.shopper();
        String coupon = claim(shopper, issued(template("FIXED", 0, 1000, 10, 1)).getString("id"));

        JsonObject unpaid = json(shopper.orderBody(null, withCoupon(shopper, null, phone[1], 1)));
        assertEquals(coupon, unpaid.getString("couponId"), unpaid.toString());
        assertEquals(1000, unpaid.getJsonObject("totals").getInt("discount"));
        assertEquals("LOCKED", couponStatus(shopper, coupon));
        assertProblem(shopper.orderBody(null, withCoupon(shopper, coupon, phone[1], 1)), 422, "COUPON_INVALID");
        JsonObject without = preview(shopper, null, phone[1], 1);
        assertEquals(0, without.getJsonObject("totals").getInt("discount"), "a locked coupon is not offered again");

        assertEquals(200, shopper.post("/order/orders/" + unpaid.getString("id") + "/cancel", null).statusCode());
        Shopping.await(() -> couponStatus(shopper, coupon), "AVAILABLE"::equals, 15_000, "the coupon back after the cancel");

        JsonObject paid = json(shopper.orderBody(null, withCoupon(shopper, coupon, phone[1], 1)));
        assertEquals(coupon, paid.getString("couponId"));
        assertEquals(11000 + paid.getJsonObject("totals").getInt("shipping"), paid.getJsonObject("totals").getInt("payable"));
        try (jakarta.jms.JMSContext integrator = RunningShop.broker().createContext();
             jakarta.jms.JMSConsumer promo = integrator.createConsumer(integrator.createTopic("shop.promo"))) {
            shopper.pay(paid.getString("paymentId"), "success");
            shopper.awaitOrder(paid.getString("id"), "PAID", 15_000);
            Shopping.await(() -> couponStatus(shopper, coupon), "USED"::equals, 15_000, "the coupon used once the order is paid");
            JsonObject redeemed = Shopping.nextEvent(promo, coupon, "shop.promo.coupon.redeemed", 15_000);
            assertTrue(redeemed != null, "integrators hear the coupon was used");
            assertEquals(paid.getString("id"), redeemed.getJsonObject("data").getString("orderId"));
        }
        assertEquals(coupon, shopper.orderDetail(paid.getString("id")).getString("couponId"));

        assertEquals(200, shopper.post("/order/orders/" + paid.getString("id") + "/cancel", null).statusCode());
        shopper.awaitOrder(paid.getString("id"), "REFUNDED", 20_000);
        Shopping.await(() -> couponStatus(shopper, coupon), "AVAILABLE"::equals, 15_000, "the coupon back after the full refund");
    }

    @Test
    void a_checkout_refused_after_the_lock_gives_the_coupon_back_and_publishes_nothing() throws Exception {
        // The shop runs with payment creation failing for usernames starting "payfail" (RunningShop.FAULTS):
        // the coupon is locked inside the saga before the payment step fails.
        String[] phone = product("IT券退回手机", 9000);
        Shopping shopper = Shopping.shopper("payfail");
        String coupon = claim(shopper, issued(template("FIXED", 0, 500, 10, 1)).getString("id"));
        try (jakarta.jms.JMSContext integrator = RunningShop.broker().createContext();
             jakarta.jms.JMSConsumer promo = integrator.createConsumer(integrator.createTopic("shop.promo"))) {
            assertProblem(shopper.orderBody(null, withCoupon(shopper, coupon, phone[1], 1)), 503, "SERVICE_UNAVAILABLE");
            Shopping.await(() -> couponStatus(shopper, coupon), "AVAILABLE"::equals, 15_000, "the coupon back after the refused checkout");
            assertEquals(0, shopper.ordersListed());
            assertFalse(Shopping.anyEventOfShopper(promo, shopper.userId(), "shop.promo.coupon.redeemed", 1_000));
        }
    }

    @Test
    void operators_pause_resume_and_end_templates() {
        Shopping shopper = Shopping.shopper();
        JsonObject template = issued(template("FIXED", 0, 300, 10, 2));
        String id = template.getString("id");
        String coupon = claim(shopper, id);
        assertEquals("PAUSED", json(OPERATOR.send("POST", "/promo/coupon-templates/" + id + "/pause", null)).getString("status"));
        assertProblem(shopper.post("/promo/coupon-templates/" + id + "/claim", null), 409, "INVALID_STATE");
        assertEquals("AVAILABLE", couponStatus(shopper, coupon), "a paused template's coupons stay usable");
        assertEquals("ACTIVE", json(OPERATOR.send("POST", "/promo/coupon-templates/" + id + "/resume", null)).getString("status"));
        claim(shopper, id);
        assertEquals("ENDED", json(OPERATOR.send("POST", "/promo/coupon-templates/" + id + "/end", null)).getString("status"));
        assertProblem(shopper.post("/promo/coupon-templates/" + id + "/claim", null), 409, "ENDED");
        assertProblem(OPERATOR.send("POST", "/promo/coupon-templates/" + id + "/resume", null), 409, "INVALID_STATE");
        assertEquals("EXPIRED", couponStatus(shopper, coupon), "an ended template's coupons can no longer be used");
        assertProblem(shopper.post("/promo/coupon-templates/" + id + "/pause", null), 403, "FORBIDDEN");
    }

    @Test
    void bad_templates_rules_and_claims_are_refused() {
        Shopping shopper = Shopping.shopper();
        assertProblem(OPERATOR.send("POST", "/promo/coupon-templates", template("PERCENT", 0, 150, 1, 1).build().toString()), 400, "VALIDATION_FAILED");
        assertProblem(OPERATOR.send("POST", "/promo/coupon-templates", template("THRESHOLD", 0, 100, 1, 1).build().toString()), 400, "VALIDATION_FAILED");
        assertProblem(OPERATOR.send("POST", "/promo/coupon-templates", template("FIXED", 0, 100, 1, 2).build().toString()), 400, "VALIDATION_FAILED");
        assertProblem(OPERATOR.send("POST", "/promo/coupon-templates", template("FIXED", 0, 100, 1, 1)
                .add("validTo", "2020-01-01T00:00:00Z").build().toString()), 400, "VALIDATION_FAILED");
        assertProblem(OPERATOR.send("POST", "/promo/coupon-templates", template("FIXED", 0, 100, 1, 1)
                .add("validFrom", "yesterday").build().toString()), 400, "MALFORMED_REQUEST");
        assertProblem(OPERATOR.send("POST", "/promo/coupon-templates", template("BOGUS", 0, 100, 1, 1).build().toString()), 400, "MALFORMED_REQUEST");
        assertProblem(OPERATOR.send("POST", "/promo/coupon-templates", template("FIXED", 0, 100, 1, 1)
                .add("name", "<script>alert(1)</script>" + "长".repeat(200)).build().toString()), 400, "VALIDATION_FAILED");

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JsonObject later = issued(template("FIXED", 0, 100, 5, 1).add("validFrom", now.plusDays(1).toString()).add("validTo", now.plusDays(2).toString()));
        HttpResponse<String> early = shopper.post("/promo/coupon-templates/" + later.getString("id") + "/claim", null);
        assertProblem(early, 409, "NOT_STARTED");
        assertTrue(json(early).getString("detail").contains(later.getString("validFrom").substring(0, 10)), early.body());
        assertProblem(shopper.post("/promo/coupon-templates/no-such-template/claim", null), 404, "NOT_FOUND");
        assertProblem(shopper.get("/promo/me/coupons?status=WHATEVER"), 400, "VALIDATION_FAILED");

        JsonArrayBuilder decreasing = Json.createArrayBuilder().add(Json.createObjectBuilder().add("threshold", 30000).add("discount", 4000))
                .add(Json.createObjectBuilder().add("threshold", 20000).add("discount", 1000));
        String rule = Json.createObjectBuilder().add("name", "IT坏规则").add("kind", "AMOUNT_OFF").add("tiers", decreasing)
                .add("validFrom", now.toString()).add("validTo", now.plusDays(1).toString()).build().toString();
        assertProblem(OPERATOR.send("POST", "/promo/rules", rule), 400, "VALIDATION_FAILED");
        assertProblem(shopper.post("/promo/rules", rule), 403, "FORBIDDEN");
        assertEquals(200, RunningShop.get(RunningShop.PUBLIC + "/promo/rules").statusCode(), "browsing rules is public");

        // The saga callbacks and the calculation live on the internal surface only.
        assertEquals(404, IdentityIT.authorized("PUT", "/promo/internal/coupon-locks/complete", null, shopper.token()).statusCode());
        assertEquals(404, IdentityIT.authorized("POST", "/promo/internal/price-calculations", "{}", shopper.token()).statusCode());
    }
}
