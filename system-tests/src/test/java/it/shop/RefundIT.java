package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static it.shop.StockReservationIT.skuWithStock;
import static it.shop.StockReservationIT.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Money going back, through the public URLs and the real coordinator: a paid order cancelled
 * before it ships is refunded in full by the refund saga, its stock back on sale; a refund asked
 * twice moves money once; nothing is refunded beyond what was paid.
 */
class RefundIT {

    private static final long SETTLE = 20_000;
    private final Operator finance = new Operator();

    @Test
    void a_paid_order_cancelled_before_shipping_is_refunded_in_full_and_its_stock_returns() throws Exception {
        Shopping shopper = Shopping.shopper();
        String sku = skuWithStock(5, 999);
        int[] before = stock(sku);
        JsonObject order = shopper.placed(sku, 2);
        String orderId = order.getString("id");
        long payable = order.getJsonObject("totals").getJsonNumber("payable").longValue();
        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(orderId, "PAID", SETTLE);
        Shopping.awaitStock(sku, before[0] - 2, before[1], SETTLE);

        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer orders = integrator.createConsumer(integrator.createTopic("shop.order"));
             JMSConsumer payments = integrator.createConsumer(integrator.createTopic("shop.payment"))) {
            String key = UUID.randomUUID().toString();
            HttpResponse<String> cancelled = cancelWithKey(shopper, orderId, key);
            assertEquals(200, cancelled.statusCode(), cancelled.body());
            HttpResponse<String> replayed = cancelWithKey(shopper, orderId, key);
            assertEquals(200, replayed.statusCode(), "the same key answers the first cancellation again: " + replayed.body());
            assertEquals("true", replayed.headers().firstValue("Idempotent-Replayed").orElse(""));
            assertEquals(json(cancelled), json(replayed));
            assertTrue(List.of("REFUNDING", "REFUNDED").contains(json(cancelled).getString("status")), cancelled.body());

            JsonObject refunded = shopper.awaitOrder(orderId, "REFUNDED", SETTLE);
            assertEquals(List.of("PENDING_PAYMENT", "PAID", "REFUNDING", "REFUNDED"), ShippingIT.statuses(refunded));
            JsonObject payment = shopper.awaitPayment(order.getString("paymentId"), "REFUNDED", SETTLE);
            assertEquals(payable, payment.getJsonNumber("refunded").longValue());
            Shopping.awaitStock(sku, before[0], before[1], SETTLE);

            JsonObject cancelEvent = Shopping.nextEvent(orders, orderId, "shop.order.cancelled", 10_000);
            assertNotNull(cancelEvent, "shop.order.cancelled");
            assertTrue(cancelEvent.getJsonObject("data").getBoolean("paid"));
            JsonObject orderRefunded = Shopping.nextEvent(orders, orderId, "shop.order.refunded", 10_000);
            assertNotNull(orderRefunded, "shop.order.refunded");
            assertEquals(payable, orderRefunded.getJsonObject("data").getJsonObject("amount").getJsonNumber("amount").longValue());
            JsonObject paymentRefunded = Shopping.nextEvent(payments, order.getString("paymentId"), "shop.payment.refunded", 10_000);
            assertNotNull(paymentRefunded, "shop.payment.refunded");
            assertEquals(orderRefunded.getJsonObject("data").getString("refundId"),
                    paymentRefunded.getJsonObject("data").getString("refundId"), "one refund, one id on both sides");
        }

        JsonObject refunds = json(finance.send("GET", "/payment/refunds?orderId=" + orderId, null));
        assertEquals(1, refunds.getJsonArray("items").size(), refunds.toString());
        assertEquals(payable, refunds.getJsonArray("items").getJsonObject(0).getJsonNumber("amount").longValue());
        assertProblem(shopper.get("/payment/refunds?orderId=" + orderId), 403, "FORBIDDEN");
        assertProblem(shopper.post("/order/orders/" + orderId + "/cancel", null), 409, "INVALID_STATE");
    }

    @Test
    void an_idempotency_key_names_one_cancellation_only() {
        Shopping shopper = Shopping.shopper();
        JsonObject first = shopper.placed(skuWithStock(3, 999), 1);
        JsonObject second = shopper.placed(skuWithStock(3, 999), 1);
        String key = UUID.randomUUID().toString();
        assertEquals(200, cancelWithKey(shopper, first.getString("id"), key).statusCode());
        assertProblem(cancelWithKey(shopper, second.getString("id"), key), 422, "IDEMPOTENCY_KEY_REUSED");
        assertEquals("PENDING_PAYMENT", shopper.orderDetail(second.getString("id")).getString("status"), "the other order is untouched");
        assertEquals(200, cancelWithKey(shopper, second.getString("id"), UUID.randomUUID().toString()).statusCode());
    }

    @Test
    void a_shipped_order_is_not_cancelled() {
        Object[] paid = ShippingIT.paidOrder();
        Shopping shopper = (Shopping) paid[0];
        String orderId = (String) paid[1];
        HttpResponse<String> shipped = finance.send("POST", "/inventory/shipments",
                "{\"orderId\":\"" + orderId + "\",\"carrier\":\"SF\",\"trackingNo\":\"" + ShippingIT.trackingNo() + "\"}");
        assertEquals(201, shipped.statusCode(), shipped.body());
        assertProblem(shopper.post("/order/orders/" + orderId + "/cancel", null), 409, "INVALID_STATE");
        assertEquals("SHIPPED", shopper.orderDetail(orderId).getString("status"));
    }

    @Test
    void a_refund_asked_again_moves_money_once_and_never_beyond_what_was_paid() {
        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(skuWithStock(3, 999), 1);
        String orderId = order.getString("id");
        String paymentId = order.getString("paymentId");
        long payable = order.getJsonObject("totals").getJsonNumber("payable").longValue();
        shopper.pay(paymentId, "success");
        shopper.awaitOrder(orderId, "PAID", SETTLE);
        assertEquals(200, shopper.post("/order/orders/" + orderId + "/cancel", null).statusCode());
        shopper.awaitOrder(orderId, "REFUNDED", SETTLE);
        JsonObject refund = json(finance.send("GET", "/payment/refunds?orderId=" + orderId, null)).getJsonArray("items").getJsonObject(0);

        // order-war asking again (a retry after a lost answer) finds the same refund; no money moves.
        String body = refundBody(paymentId, orderId, payable, "USER_CANCELLED");
        HttpResponse<String> again = refund(refund.getString("id"), body);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(refund.getString("id"), json(again).getString("id"));
        HttpResponse<String> thrice = refund(refund.getString("id"), body);
        assertEquals(200, thrice.statusCode(), thrice.body());
        assertEquals(payable, shopper.payment(paymentId).getJsonNumber("refunded").longValue(), "applied once");
        assertEquals(1, json(finance.send("GET", "/payment/refunds?paymentId=" + paymentId, null)).getJsonArray("items").size());

        // The same id for something else, or more money than is left, is refused.
        assertProblem(refund(refund.getString("id"), refundBody(paymentId, orderId, 1, "USER_CANCELLED")), 422, "IDEMPOTENCY_KEY_REUSED");
        assertProblem(refund(UUID.randomUUID().toString(), refundBody(paymentId, orderId, 1, "USER_CANCELLED")), 409, "INVALID_STATE");
        assertProblem(refund(UUID.randomUUID().toString(), refundBody(paymentId, UUID.randomUUID().toString(), 1, "USER_CANCELLED")), 422,
                "INVALID_REFERENCE");
        assertProblem(refund("not an id", body), 400, "VALIDATION_FAILED");

        // The refund endpoint is internal: the public surface does not have it.
        HttpResponse<String> outside = RunningShop.send(HttpRequest.newBuilder(URI.create(RunningShop.PUBLIC + "/payment/internal/refunds/"
                + UUID.randomUUID())).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(404, outside.statusCode());
    }

    /** {@code POST /order/orders/{id}/cancel} with an {@code Idempotency-Key}. */
    static HttpResponse<String> cancelWithKey(Shopping shopper, String orderId, String key) {
        return RunningShop.send(HttpRequest.newBuilder(URI.create(RunningShop.PUBLIC + "/order/orders/" + orderId + "/cancel"))
                .header("Authorization", "Bearer " + shopper.token()).header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    static String refundBody(String paymentId, String orderId, long amount, String reason) {
        return Json.createObjectBuilder().add("paymentId", paymentId).add("orderId", orderId).add("amount", amount)
                .add("currency", "CNY").add("reason", reason).build().toString();
    }

    static HttpResponse<String> refund(String refundId, String body) {
        return RunningShop.send(HttpRequest.newBuilder(URI.create(RunningShop.INTERNAL + "/payment/internal/refunds/"
                + RunningShop.encoded(refundId)))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }
}
