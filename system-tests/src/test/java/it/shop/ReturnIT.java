package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static it.shop.StockReservationIT.skuWithStock;
import static it.shop.StockReservationIT.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Returns through the public URLs (七天无理由): requested after delivery, approved or rejected by
 * an operator, refunded when the goods are back, exactly their share; the last units bring the
 * shipping back and refund the order. Stock comes back on sale in the warehouse that sent it.
 */
class ReturnIT {

    private static final long SETTLE = 20_000;
    private final Operator operator = new Operator();

    /** A delivered order of two lines (2 units of one SKU, 1 of another): {shopper, order}. */
    private Object[] deliveredOrder(String skuA, String skuB) {
        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(skuA, 2, skuB, 1);
        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(order.getString("id"), "PAID", SETTLE);
        HttpResponse<String> shipped = operator.send("POST", "/inventory/shipments", Json.createObjectBuilder()
                .add("orderId", order.getString("id")).add("carrier", "SF").add("trackingNo", ShippingIT.trackingNo()).build().toString());
        assertEquals(201, shipped.statusCode(), shipped.body());
        assertEquals(202, operator.send("POST", "/inventory/sandbox/carrier/shipments/" + json(shipped).getString("id") + "/events",
                "{\"status\":\"DELIVERED\"}").statusCode());
        return new Object[] {shopper, shopper.awaitOrder(order.getString("id"), "DELIVERED", SETTLE)};
    }

    private HttpResponse<String> askReturn(Shopping shopper, String orderId, String body) {
        return shopper.post("/order/orders/" + orderId + "/returns", body);
    }

    private JsonObject refundedReturn(String returnId) {
        assertEquals(200, operator.send("POST", "/order/operator/returns/" + returnId + "/approve", null).statusCode());
        HttpResponse<String> received = operator.send("POST", "/order/operator/returns/" + returnId + "/receive", null);
        assertEquals(200, received.statusCode(), received.body());
        return Shopping.await(() -> json(operator.send("GET", "/order/operator/returns/" + returnId, null)),
                r -> "REFUNDED".equals(r.getString("status")), SETTLE, "return " + returnId + " refunded");
    }

    @Test
    void a_partial_return_refunds_exactly_its_share_and_the_rest_brings_the_shipping_back() throws Exception {
        String skuA = skuWithStock(10, 999);
        String skuB = skuWithStock(10, 999);
        Object[] delivered = deliveredOrder(skuA, skuB);
        Shopping shopper = (Shopping) delivered[0];
        JsonObject order = (JsonObject) delivered[1];
        String orderId = order.getString("id");
        long payable = order.getJsonObject("totals").getJsonNumber("payable").longValue();
        long shipping = order.getJsonObject("totals").getJsonNumber("shipping").longValue();
        JsonObject lineA = order.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("skuId").equals(skuA)).findFirst().orElseThrow();
        int[] stockA = stock(skuA);

        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer orders = integrator.createConsumer(integrator.createTopic("shop.order"))) {
            HttpResponse<String> asked = askReturn(shopper, orderId, "{\"reason\":\"尺码不合适 <script>alert(1)</script>\",\"lines\":[{\"lineId\":\""
                    + lineA.getString("id") + "\",\"quantity\":1}]}");
            assertEquals(201, asked.statusCode(), asked.body());
            JsonObject requested = json(asked);
            assertEquals("REQUESTED", requested.getString("status"));
            assertEquals("尺码不合适 <script>alert(1)</script>", requested.getString("reason"), "stored verbatim");
            JsonObject refunded = refundedReturn(requested.getString("id"));

            // No discounts yet: the line's share is its amount; one of its two units refunds half, rounded half up.
            long expected = (lineA.getJsonNumber("amount").longValue() + 1) / 2;
            assertEquals(expected, refunded.getJsonObject("refund").getJsonNumber("amount").longValue());
            assertEquals(List.of("REQUESTED", "APPROVED", "RECEIVED", "REFUNDED"), refunded.getJsonArray("history")
                    .getValuesAs(JsonObject.class).stream().map(h -> h.getString("status")).toList());
            JsonObject after = shopper.orderDetail(orderId);
            assertTrue(List.of("DELIVERED", "COMPLETED").contains(after.getString("status")),
                    "a partial return leaves the order delivered (or completed, 15 s after delivery here): " + after.getString("status"));
            assertEquals(1, after.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                    .filter(l -> l.getString("skuId").equals(skuA)).findFirst().orElseThrow().getInt("returned"));
            JsonObject payment = shopper.payment(order.getString("paymentId"));
            assertEquals(expected, payment.getJsonNumber("refunded").longValue());
            assertEquals("SUCCEEDED", payment.getString("status"));
            Shopping.awaitStock(skuA, stockA[0] + 1, stockA[1], SETTLE);

            JsonObject refundEvent = Shopping.nextEvent(orders, orderId, "shop.order.refunded", 10_000);
            assertNotNull(refundEvent, "shop.order.refunded");
            assertEquals(requested.getString("id"), refundEvent.getJsonObject("data").getString("returnId"));
            assertEquals(expected, refundEvent.getJsonObject("data").getJsonObject("amount").getJsonNumber("amount").longValue());
        }

        // Everything else comes back: the rest of what was paid, shipping included; the order is refunded.
        HttpResponse<String> rest = askReturn(shopper, orderId, "{\"reason\":\"不想要了\"}");
        assertEquals(201, rest.statusCode(), rest.body());
        assertEquals(2, json(rest).getJsonArray("lines").getValuesAs(JsonObject.class).stream().mapToInt(l -> l.getInt("quantity")).sum());
        JsonObject last = refundedReturn(json(rest).getString("id"));
        assertTrue(last.getJsonObject("refund").getBoolean("includesShipping"));
        JsonObject payment = shopper.awaitPayment(order.getString("paymentId"), "REFUNDED", SETTLE);
        assertEquals(payable, payment.getJsonNumber("refunded").longValue(), "two returns add up to what was paid, shipping " + shipping);
        JsonObject refundedOrder = shopper.awaitOrder(orderId, "REFUNDED", SETTLE);
        List<JsonObject> history = refundedOrder.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals("RETURNED", history.get(history.size() - 1).getString("reason"));
        assertProblem(askReturn(shopper, orderId, "{\"reason\":\"again\"}"), 409, "INVALID_STATE");
        Shopping.awaitStock(skuA, stockA[0] + 2, stockA[1], SETTLE);
    }

    @Test
    void a_rejected_return_refunds_nothing_and_frees_its_units() {
        Object[] delivered = deliveredOrder(skuWithStock(10, 999), skuWithStock(10, 999));
        Shopping shopper = (Shopping) delivered[0];
        JsonObject order = (JsonObject) delivered[1];
        String orderId = order.getString("id");
        JsonObject asked = json(askReturn(shopper, orderId, "{\"reason\":\"坏了\"}"));
        assertProblem(askReturn(shopper, orderId, "{\"reason\":\"twice\"}"), 409, "INVALID_STATE");
        assertProblem(operator.send("POST", "/order/operator/returns/" + asked.getString("id") + "/reject", "{}"), 400, "VALIDATION_FAILED");
        HttpResponse<String> rejected = operator.send("POST", "/order/operator/returns/" + asked.getString("id") + "/reject",
                "{\"note\":\"人为损坏，不支持退货\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertProblem(operator.send("POST", "/order/operator/returns/" + asked.getString("id") + "/approve", null), 409, "INVALID_STATE");
        assertProblem(operator.send("POST", "/order/operator/returns/" + asked.getString("id") + "/receive", null), 409, "INVALID_STATE");

        JsonObject mine = json(shopper.get("/order/orders/" + orderId + "/returns")).getJsonArray("items").getJsonObject(0);
        assertEquals("REJECTED", mine.getString("status"));
        assertEquals("人为损坏，不支持退货", mine.getJsonArray("history").getJsonObject(1).getString("note"));
        assertEquals(0, shopper.payment(order.getString("paymentId")).getJsonNumber("refunded").longValue());
        assertEquals(201, askReturn(shopper, orderId, "{\"reason\":\"再试一次\"}").statusCode(), "the units are free again");
    }

    @Test
    void returns_need_delivered_goods_of_ones_own_order_and_no_more_than_were_bought() {
        Shopping shopper = Shopping.shopper();
        JsonObject paid = shopper.placed(skuWithStock(3, 999), 1);
        shopper.pay(paid.getString("paymentId"), "success");
        shopper.awaitOrder(paid.getString("id"), "PAID", SETTLE);
        assertProblem(askReturn(shopper, paid.getString("id"), "{\"reason\":\"not yet here\"}"), 409, "INVALID_STATE");

        Object[] delivered = deliveredOrder(skuWithStock(10, 999), skuWithStock(10, 999));
        Shopping owner = (Shopping) delivered[0];
        JsonObject order = (JsonObject) delivered[1];
        String orderId = order.getString("id");
        String lineId = order.getJsonArray("lines").getJsonObject(0).getString("id");
        int bought = order.getJsonArray("lines").getJsonObject(0).getInt("quantity");
        assertProblem(askReturn(owner, orderId, "{\"reason\":\"x\",\"lines\":[{\"lineId\":\"" + UUID.randomUUID() + "\",\"quantity\":1}]}"),
                422, "INVALID_REFERENCE");
        assertProblem(askReturn(owner, orderId, "{\"reason\":\"x\",\"lines\":[{\"lineId\":\"" + lineId + "\",\"quantity\":" + (bought + 1) + "}]}"),
                400, "VALIDATION_FAILED");
        assertProblem(askReturn(owner, orderId, "{\"reason\":\"\"}"), 400, "VALIDATION_FAILED");
        assertProblem(askReturn(owner, orderId, "{\"reason\":\"" + "长".repeat(201) + "\"}"), 400, "VALIDATION_FAILED");
        assertProblem(askReturn(shopper, orderId, "{\"reason\":\"not mine\"}"), 404, "NOT_FOUND");
        assertProblem(shopper.get("/order/orders/" + orderId + "/returns"), 404, "NOT_FOUND");
        JsonObject asked = json(askReturn(owner, orderId, "{\"reason\":\"ok\"}"));
        assertProblem(owner.post("/order/operator/returns/" + asked.getString("id") + "/approve", null), 403, "FORBIDDEN");
        assertProblem(owner.get("/order/operator/returns"), 403, "FORBIDDEN");
        assertProblem(operator.send("POST", "/order/operator/returns/" + UUID.randomUUID() + "/approve", null), 404, "NOT_FOUND");
        assertTrue(json(operator.send("GET", "/order/operator/returns?status=REQUESTED&size=100", null)).getJsonNumber("total").longValue() >= 1);
    }

    @Test
    void after_the_return_window_nothing_can_be_returned() {
        Object[] delivered = deliveredOrder(skuWithStock(10, 999), skuWithStock(10, 999));
        Shopping shopper = (Shopping) delivered[0];
        String orderId = ((JsonObject) delivered[1]).getString("id");
        // The shop under test closes the window 45 s after delivery (RunningShop.FAULTS).
        SagaThroughCoordinatorIT.sleep(47_000);
        assertProblem(askReturn(shopper, orderId, "{\"reason\":\"too late\"}"), 409, "INVALID_STATE");
    }
}
