package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static it.shop.StockReservationIT.skuWithStock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Points and member levels through the public URLs, the broker and the real coordinator: a paid
 * order earns points and growth once; points pay part of an order, held in the checkout saga
 * (spent when paid, back when the saga is cancelled or the paid order refunded); refunds take
 * back what the refunded money earned; staff grant points; granted points expire.
 */
class PointsIT {

    private static final long SETTLE = 20_000;
    private final Operator admin = new Operator();

    static JsonObject points(Shopping shopper) {
        HttpResponse<String> points = shopper.get("/user/me/points?size=50");
        assertEquals(200, points.statusCode(), points.body());
        return json(points);
    }

    static JsonObject awaitBalance(Shopping shopper, long balance, long held) {
        return Shopping.await(() -> points(shopper), p -> p.getJsonNumber("balance").longValue() == balance
                && p.getJsonNumber("held").longValue() == held, SETTLE, "balance " + balance + ", held " + held);
    }

    static List<String> kinds(JsonObject points, String reference) {
        return points.getJsonObject("statement").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("reference").equals(reference)).map(e -> e.getString("kind") + " " + e.getJsonNumber("points"))
                .toList();
    }

    private static String withPoints(Shopping shopper, String sku, int quantity, long points) {
        return Json.createObjectBuilder()
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("skuId", sku).add("quantity", quantity)))
                .add("addressId", shopper.addressId()).add("points", points).build().toString();
    }

    private HttpResponse<String> grant(String userId, long delta, String expiresAt) {
        var body = Json.createObjectBuilder().add("delta", delta).add("reason", "goodwill (test)");
        if (expiresAt != null) {
            body.add("expiresAt", expiresAt);
        }
        return admin.send("POST", "/user/admin/members/" + userId + "/points", body.build().toString());
    }

    @Test
    void a_paid_order_earns_points_once_which_then_pay_part_of_an_order_and_a_refund_gives_back_and_takes_back() {
        Shopping shopper = Shopping.shopper();
        // ¥150-¥450: shipping is free, one unit stays below level 2 (500 growth) and a few units pass
        // it, whatever shop-wide promotion other tests have running takes off.
        String sku = StockReservationIT.skuWithStockPriced(10, 40_000, 15_000, 45_000);
        JsonObject first = shopper.placed(sku, 1);
        long payable = first.getJsonObject("totals").getJsonNumber("payable").longValue(); // after any promotion running now
        long earnedFirst = payable / 100;
        shopper.pay(first.getString("paymentId"), "success");
        shopper.awaitOrder(first.getString("id"), "PAID", SETTLE);
        JsonObject earned = awaitBalance(shopper, earnedFirst, 0);
        assertEquals(earnedFirst, earned.getJsonNumber("growth").longValue(), earned.toString());
        assertEquals(1, earned.getInt("level"));
        assertEquals(500, earned.getJsonNumber("nextLevelAt").longValue());
        assertEquals(List.of("EARNED " + earnedFirst), kinds(earned, first.getString("id")), "earned once");

        assertEquals(200, grant(shopper.userId(), 500, null).statusCode());
        long balance = earnedFirst + 500;
        awaitBalance(shopper, balance, 0);

        // The preview prices the points; more than the balance is refused before any saga.
        HttpResponse<String> preview = shopper.post("/order/orders/preview", withPoints(shopper, sku, 1, 600));
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(600, json(preview).getJsonObject("totals").getJsonNumber("points").longValue(), preview.body());
        assertEquals(payable - 600, json(preview).getJsonObject("totals").getJsonNumber("payable").longValue(), preview.body());
        assertProblem(shopper.post("/order/orders/preview", withPoints(shopper, sku, 1, balance + 1)), 400, "VALIDATION_FAILED");
        assertProblem(shopper.orderBody(null, withPoints(shopper, sku, 1, balance + 1)), 400, "VALIDATION_FAILED");
        assertProblem(shopper.orderBody(null, withPoints(shopper, sku, 1, -1)), 400, "VALIDATION_FAILED");

        // The second order buys as many units as it takes, at today's promotions, to pass level 2 (the preview says).
        int units = 1;
        long secondPayable = payable - 600;
        while (earnedFirst + secondPayable / 100 < 500 && units < 6) {
            units++;
            secondPayable = json(shopper.post("/order/orders/preview", withPoints(shopper, sku, units, 600))).getJsonObject("totals")
                    .getJsonNumber("payable").longValue();
        }
        HttpResponse<String> placed = shopper.orderBody(null, withPoints(shopper, sku, units, 600));
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject second = json(placed);
        assertEquals(600, second.getJsonObject("totals").getJsonNumber("points").longValue());
        assertEquals(secondPayable, second.getJsonObject("totals").getJsonNumber("payable").longValue(), "as previewed");
        JsonObject holding = awaitBalance(shopper, balance - 600, 600);
        assertEquals(List.of("SPENT -600"), kinds(holding, second.getString("id")));

        shopper.pay(second.getString("paymentId"), "success");
        shopper.awaitOrder(second.getString("id"), "PAID", SETTLE);
        long earnedSecond = secondPayable / 100; // what was paid in money earns, not the points
        JsonObject paid = awaitBalance(shopper, balance - 600 + earnedSecond, 0);
        assertEquals(earnedFirst + earnedSecond, paid.getJsonNumber("growth").longValue(), paid.toString());
        assertTrue(earnedFirst < 500 && earnedFirst + earnedSecond >= 500, "the first order stays at level 1, the second reaches level 2: "
                + earnedFirst + " + " + earnedSecond + " (" + units + " units)");
        assertEquals(2, paid.getInt("level"), paid.toString());
        assertEquals(2, json(shopper.get("/user/me")).getInt("level"), "the profile shows the level");

        // Cancelled before shipping: refunded in full, so the points it used come back and the points and growth it earned go.
        assertEquals(200, shopper.post("/order/orders/" + second.getString("id") + "/cancel", null).statusCode());
        shopper.awaitOrder(second.getString("id"), "REFUNDED", SETTLE);
        JsonObject refunded = awaitBalance(shopper, balance, 0);
        assertEquals(earnedFirst, refunded.getJsonNumber("growth").longValue(), refunded.toString());
        assertEquals(1, refunded.getInt("level"));
        assertEquals(List.of("RETURNED 600", "REVOKED -" + earnedSecond, "EARNED " + earnedSecond, "SPENT -600").stream().sorted().toList(),
                kinds(refunded, second.getString("id")).stream().sorted().toList(), refunded.toString());
    }

    @Test
    void each_return_gives_back_its_share_of_the_points_the_order_paid_with() {
        Shopping shopper = Shopping.shopper();
        assertEquals(200, grant(shopper.userId(), 2_000, null).statusCode());
        String sku = StockReservationIT.skuWithStockPriced(10, 40_000, 15_000, 45_000);
        HttpResponse<String> placed = shopper.orderBody(null, withPoints(shopper, sku, 2, 1_001));
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = json(placed);
        String orderId = order.getString("id");
        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(orderId, "PAID", SETTLE);
        HttpResponse<String> shipped = admin.send("POST", "/inventory/shipments", Json.createObjectBuilder()
                .add("orderId", orderId).add("carrier", "SF").add("trackingNo", ShippingIT.trackingNo()).build().toString());
        assertEquals(201, shipped.statusCode(), shipped.body());
        assertEquals(202, admin.send("POST", "/inventory/sandbox/carrier/shipments/" + json(shipped).getString("id") + "/events",
                "{\"status\":\"DELIVERED\"}").statusCode());
        String lineId = shopper.awaitOrder(orderId, "DELIVERED", SETTLE).getJsonArray("lines").getJsonObject(0).getString("id");

        // One unit back: half the points, rounded half up (1,001 x 1/2 = 500.5 -> 501); the other unit: the rest.
        assertEquals(501, returned(shopper, orderId, lineId).getJsonObject("refund").getJsonNumber("points").longValue());
        Shopping.await(() -> kinds(points(shopper), orderId), k -> k.contains("RETURNED 501"), SETTLE, "501 points back");
        assertEquals(500, returned(shopper, orderId, lineId).getJsonObject("refund").getJsonNumber("points").longValue());
        List<String> statement = Shopping.await(() -> kinds(points(shopper), orderId), k -> k.contains("RETURNED 500"), SETTLE,
                "the other 500 points back");
        assertEquals(2, statement.stream().filter(k -> k.startsWith("RETURNED")).count(), "each return once: " + statement);
        assertTrue(statement.contains("SPENT -1001"), statement.toString());
        shopper.awaitOrder(orderId, "REFUNDED", SETTLE); // everything came back
    }

    /** The shopper returns one unit of the line; an operator approves and receives it; the return once refunded. */
    private JsonObject returned(Shopping shopper, String orderId, String lineId) {
        HttpResponse<String> asked = shopper.post("/order/orders/" + orderId + "/returns",
                "{\"reason\":\"不想要了\",\"lines\":[{\"lineId\":\"" + lineId + "\",\"quantity\":1}]}");
        assertEquals(201, asked.statusCode(), asked.body());
        String returnId = json(asked).getString("id");
        assertEquals(200, admin.send("POST", "/order/operator/returns/" + returnId + "/approve", null).statusCode());
        HttpResponse<String> received = admin.send("POST", "/order/operator/returns/" + returnId + "/receive", null);
        assertEquals(200, received.statusCode(), received.body());
        return Shopping.await(() -> json(admin.send("GET", "/order/operator/returns/" + returnId, null)),
                r -> "REFUNDED".equals(r.getString("status")), SETTLE, "return " + returnId + " refunded");
    }

    @Test
    void points_held_by_a_checkout_that_does_not_finish_come_back() {
        Shopping shopper = Shopping.shopper("payfail"); // payment creation refused: the saga is cancelled
        assertEquals(200, grant(shopper.userId(), 1_000, null).statusCode());
        String sku = skuWithStock(3, 10_000);
        HttpResponse<String> refused = shopper.orderBody(null, withPoints(shopper, sku, 1, 400));
        assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 600 && refused.statusCode() != 201, refused.body());
        JsonObject back = awaitBalance(shopper, 1_000, 0);
        assertEquals(0, shopper.ordersListed(), "no order shown");
        assertTrue(back.getJsonObject("statement").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("kind").equals("RETURNED") && e.getJsonNumber("points").longValue() == 400), back.toString());

        Shopping canceller = Shopping.shopper();
        assertEquals(200, grant(canceller.userId(), 1_000, null).statusCode());
        HttpResponse<String> placed = canceller.orderBody(null, withPoints(canceller, sku, 1, 300));
        assertEquals(201, placed.statusCode(), placed.body());
        awaitBalance(canceller, 700, 300);
        assertEquals(200, canceller.post("/order/orders/" + json(placed).getString("id") + "/cancel", null).statusCode());
        awaitBalance(canceller, 1_000, 0);
    }

    @Test
    void granted_points_expire_and_only_staff_grant_them() {
        Shopping shopper = Shopping.shopper();
        Shopping other = Shopping.shopper();
        String soon = OffsetDateTime.now().plusSeconds(3).toString();
        assertEquals(200, grant(shopper.userId(), 250, soon).statusCode());
        assertEquals(200, grant(shopper.userId(), 100, null).statusCode());
        JsonObject both = awaitBalance(shopper, 350, 0);
        assertTrue(both.getJsonObject("expiringSoon").getJsonNumber("points").longValue() >= 250, both.toString());
        // The sweep runs every 2 s in the system tests; expired points are never spendable even before it.
        JsonObject expired = awaitBalance(shopper, 100, 0);
        Shopping.await(() -> points(shopper), p -> p.getJsonObject("statement").getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(e -> e.getString("kind").equals("EXPIRED") && e.getJsonNumber("points").longValue() == -250),
                SETTLE, "an EXPIRED line of -250: " + expired);

        assertProblem(grant(shopper.userId(), -101, null), 409, "INVALID_STATE");
        assertEquals(200, grant(shopper.userId(), -100, null).statusCode());
        awaitBalance(shopper, 0, 0);
        assertProblem(grant("no-such-member", 5, null), 404, "NOT_FOUND");
        assertProblem(grant(shopper.userId(), 5, OffsetDateTime.now().minusDays(1).toString()), 400, "VALIDATION_FAILED");
        assertProblem(grant(shopper.userId(), 0, null), 400, "VALIDATION_FAILED");

        String path = "/user/admin/members/" + shopper.userId() + "/points";
        assertProblem(other.post(path, "{\"delta\":5,\"reason\":\"x\"}"), 403, "FORBIDDEN");
        assertProblem(shopper.post(path, "{\"delta\":5,\"reason\":\"x\"}"), 403, "FORBIDDEN");
        assertProblem(IdentityIT.authorized("GET", "/user/me/points", null, null), 401, "UNAUTHORIZED");
        assertEquals(0, points(other).getJsonNumber("balance").longValue(), "another member's points are not mine");
        assertEquals(200, admin.send("GET", path, null).statusCode());
    }
}
