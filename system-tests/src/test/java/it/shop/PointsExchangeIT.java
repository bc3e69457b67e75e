package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * Points exchange (积分兑换) through the public URLs and the real coordinator: a coupon template
 * offered for points is had only by exchange; an exchange spends the points and issues the
 * coupon in one saga, and a refusal (points short, sold out, over the limit) takes no points and
 * issues no coupon.
 */
class PointsExchangeIT {

    private static final long SETTLE = 20_000;
    private final Operator operator = new Operator();

    private String offer(long points, int total, int perUser) {
        String templateId = CouponIT.issued(CouponIT.template("FIXED", 0, 500, total, perUser)).getString("id");
        HttpResponse<String> created = operator.send("POST", "/promo/points-offers",
                "{\"name\":\"5元券 for points\",\"templateId\":\"" + templateId + "\",\"points\":" + points + "}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject offer = json(created);
        assertEquals(templateId, offer.getString("templateId"));
        assertEquals("ACTIVE", offer.getString("status"));
        assertEquals(500, offer.getJsonObject("coupon").getJsonNumber("discount").longValue());
        return offer.getString("id");
    }

    private void grant(Shopping shopper, long points) {
        HttpResponse<String> granted = operator.send("POST", "/user/admin/members/" + shopper.userId() + "/points",
                "{\"delta\":" + points + ",\"reason\":\"exchange test\"}");
        assertEquals(200, granted.statusCode(), granted.body());
    }

    private static HttpResponse<String> exchange(Shopping shopper, String offerId, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningShop.PUBLIC + "/promo/points-offers/" + offerId + "/exchange"))
                .header("Authorization", "Bearer " + shopper.token()).POST(HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return RunningShop.send(request);
    }

    private static long coupons(Shopping shopper) {
        return RunningShop.parse(shopper.get("/promo/me/coupons").body()).asJsonArray().size();
    }

    @Test
    void an_exchange_spends_the_points_and_issues_the_coupon_once() {
        String offerId = offer(300, 5, 1);
        Shopping shopper = Shopping.shopper();
        grant(shopper, 1_000);
        PointsIT.awaitBalance(shopper, 1_000, 0);

        String key = UUID.randomUUID().toString();
        HttpResponse<String> exchanged = exchange(shopper, offerId, key);
        assertEquals(201, exchanged.statusCode(), exchanged.body());
        JsonObject done = json(exchanged);
        assertEquals("DONE", done.getString("status"), done.toString());
        assertNotNull(done.getString("couponId"));
        assertEquals("AVAILABLE", CouponIT.couponStatus(shopper, done.getString("couponId")));
        JsonObject points = PointsIT.awaitBalance(shopper, 700, 0);
        assertEquals(java.util.List.of("SPENT -300"), PointsIT.kinds(points, "exchange:" + done.getString("id")));

        HttpResponse<String> replayed = exchange(shopper, offerId, key);
        assertEquals(201, replayed.statusCode(), "a retried key answers the first exchange: " + replayed.body());
        assertEquals(done.getString("id"), json(replayed).getString("id"));
        assertEquals(1, coupons(shopper));

        // Over the template's per-shopper limit: refused in the saga, the points come back.
        assertProblem(exchange(shopper, offerId, null), 409, "CONFLICT");
        PointsIT.awaitBalance(shopper, 700, 0);
        assertEquals(1, coupons(shopper), "no second coupon");

        JsonObject mine = json(shopper.get("/promo/me/points-exchanges"));
        assertEquals(2, mine.getJsonNumber("total").longValue(), mine.toString());
        JsonObject refused = mine.getJsonArray("items").getJsonObject(0);
        assertEquals("REFUSED", refused.getString("status"), mine.toString());
        assertEquals("CONFLICT", refused.getJsonObject("problem").getString("code"));
        assertEquals(200, shopper.get("/promo/me/points-exchanges/" + done.getString("id")).statusCode());
        assertProblem(Shopping.shopper().get("/promo/me/points-exchanges/" + done.getString("id")), 404, "NOT_FOUND");
    }

    @Test
    void an_exchange_without_enough_points_or_coupons_left_takes_nothing() {
        String offerId = offer(300, 1, 1);
        Shopping poor = Shopping.shopper();
        assertProblem(exchange(poor, offerId, null), 400, "VALIDATION_FAILED");
        assertEquals(0, coupons(poor));

        Shopping first = Shopping.shopper();
        Shopping late = Shopping.shopper();
        grant(first, 300);
        grant(late, 300);
        assertEquals(201, exchange(first, offerId, null).statusCode());
        PointsIT.awaitBalance(first, 0, 0);
        assertProblem(exchange(late, offerId, null), 409, "SOLD_OUT");
        PointsIT.awaitBalance(late, 300, 0);
        assertEquals(0, coupons(late));
    }

    @Test
    void offered_coupons_are_not_claimed_for_free_and_only_operators_offer() {
        String offerId = offer(100, 5, 1);
        JsonObject offer = RunningShop.parse(RunningShop.get(RunningShop.PUBLIC + "/promo/points-offers").body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("id").equals(offerId)).findFirst().orElseThrow();
        Shopping shopper = Shopping.shopper();
        assertProblem(shopper.post("/promo/coupon-templates/" + offer.getString("templateId") + "/claim", null), 409, "INVALID_STATE");
        assertTrue(RunningShop.parse(RunningShop.get(RunningShop.PUBLIC + "/promo/coupon-templates").body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().noneMatch(t -> t.getString("id").equals(offer.getString("templateId"))),
                "a template offered for points is not among the free ones");
        assertProblem(shopper.post("/promo/points-offers", "{\"name\":\"x\",\"templateId\":\"" + offer.getString("templateId")
                + "\",\"points\":1}"), 403, "FORBIDDEN");
        assertProblem(IdentityIT.post("/promo/points-offers/" + offerId + "/exchange", null, null), 401, "UNAUTHORIZED");
        assertProblem(operator.send("POST", "/promo/points-offers", "{\"name\":\"again\",\"templateId\":\"" + offer.getString("templateId")
                + "\",\"points\":5}"), 409, "CONFLICT");
        assertProblem(operator.send("POST", "/promo/points-offers", "{\"name\":\"none\",\"templateId\":\"nope\",\"points\":5}"), 422,
                "INVALID_REFERENCE");
        assertProblem(operator.send("POST", "/promo/points-offers", "{\"name\":\"free\",\"templateId\":\"nope\",\"points\":0}"), 400,
                "VALIDATION_FAILED");
        assertProblem(exchange(shopper, "no-such-offer", null), 404, "NOT_FOUND");

        assertEquals(200, operator.send("POST", "/promo/points-offers/" + offerId + "/pause", null).statusCode());
        grant(shopper, 100);
        assertProblem(exchange(shopper, offerId, null), 409, "INVALID_STATE");
        assertEquals(200, operator.send("POST", "/promo/points-offers/" + offerId + "/end", null).statusCode());
        assertProblem(exchange(shopper, offerId, null), 409, "ENDED");
        PointsIT.awaitBalance(shopper, 100, 0);
        // The ended offer is gone from the shoppers' list and still in the operators' full one.
        assertTrue(!RunningShop.get(RunningShop.PUBLIC + "/promo/points-offers").body().contains(offerId));
        HttpResponse<String> all = operator.send("GET", "/promo/points-offers?all=true", null);
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.body().contains(offerId), all.body());
    }
}
