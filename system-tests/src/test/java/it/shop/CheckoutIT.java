package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static it.shop.StockReservationIT.skuWithStock;
import static it.shop.StockReservationIT.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;

/**
 * The checkout saga end to end, through the public URLs and the real coordinator, database and
 * broker: a paid order deducts its stock once and is announced; every refusal or cancellation
 * gives back everything it held and leaves nothing in the shopper's list.
 */
class CheckoutIT {

    private static final long SETTLE = 20_000;

    @Test
    void an_order_paid_in_the_sandbox_is_paid_deducts_its_stock_once_and_is_announced() throws Exception {
        Shopping shopper = Shopping.shopper();
        String sku = skuWithStock(5, 999);
        int[] before = stock(sku);
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer orders = integrator.createConsumer(integrator.createTopic("shop.order"));
             JMSConsumer payments = integrator.createConsumer(integrator.createTopic("shop.payment"))) {
            JsonObject order = shopper.placed(sku, 2);
            assertEquals("PENDING_PAYMENT", order.getString("status"));
            assertEquals("CNY", order.getString("currency"));
            long unitPrice = shopper.orderDetail(order.getString("id")).getJsonArray("lines").getJsonObject(0).getJsonNumber("price").longValue();
            JsonObject totals = order.getJsonObject("totals");
            assertEquals(2 * unitPrice, totals.getJsonNumber("items").longValue(), "server-side price");
            assertEquals(CartIT.expectedShipping(sku, 2, 2 * unitPrice), totals.getJsonNumber("shipping").longValue(), "shipping from the template");
            assertEquals(2 * unitPrice + totals.getJsonNumber("shipping").longValue(), totals.getJsonNumber("payable").longValue());
            assertTrue(order.containsKey("expiresAt") && order.containsKey("paymentId"));
            assertEquals(before[0] - 2, stock(sku)[0]);
            assertEquals(before[1] + 2, stock(sku)[1]);

            JsonObject placed = Shopping.nextEvent(orders, order.getString("id"), "shop.order.placed", 10_000);
            assertNotNull(placed, "shop.order.placed received");
            assertEquals("1.0", placed.getString("specversion"));
            assertEquals(shopper.userId(), placed.getJsonObject("data").getString("userId"));

            shopper.pay(order.getString("paymentId"), "success");
            JsonObject paid = shopper.awaitOrder(order.getString("id"), "PAID", SETTLE);
            assertEquals("SUCCEEDED", shopper.payment(order.getString("paymentId")).getString("status"));
            Shopping.awaitStock(sku, before[0] - 2, before[1], SETTLE);
            assertEquals(2, paid.getJsonArray("history").size(), "PENDING_PAYMENT then PAID: " + paid);

            JsonObject paidEvent = Shopping.nextEvent(orders, order.getString("id"), "shop.order.paid", 10_000);
            assertNotNull(paidEvent, "shop.order.paid received");
            assertEquals(order.getString("paymentId"), paidEvent.getJsonObject("data").getString("paymentId"));
            JsonObject succeeded = Shopping.nextEvent(payments, order.getString("paymentId"), "shop.payment.succeeded", 10_000);
            assertNotNull(succeeded, "shop.payment.succeeded received");
            assertEquals(order.getJsonObject("totals").getJsonNumber("payable").longValue(),
                    succeeded.getJsonObject("data").getJsonObject("amount").getJsonNumber("amount").longValue());
        }
        assertEquals(1, shopper.ordersListed());
        SagaThroughCoordinatorIT.sleep(1_000);
        assertEquals(before[0] - 2, stock(sku)[0], "deducted once, not again");
    }

    @Test
    void an_order_whose_second_line_is_out_of_stock_is_refused_and_releases_the_first() throws Exception {
        Shopping shopper = Shopping.shopper();
        String plenty = skuWithStock(5, 999);
        String scarce = skuWithStock(1, 60);
        int[] plentyBefore = stock(plenty);
        int[] scarceBefore = stock(scarce);
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer orders = integrator.createConsumer(integrator.createTopic("shop.order"))) {
            HttpResponse<String> refused = shopper.order(plenty, 1, scarce, scarceBefore[0] + 1);
            assertProblem(refused, 409, "OUT_OF_STOCK");
            Shopping.awaitStock(plenty, plentyBefore[0], plentyBefore[1], SETTLE);
            Shopping.awaitStock(scarce, scarceBefore[0], scarceBefore[1], SETTLE);
            assertEquals(0, shopper.ordersListed(), "a refused checkout leaves no order");
            assertFalse(Shopping.anyEventOfShopper(orders, shopper.userId(), "shop.order.placed", 2_000),
                    "a refused checkout publishes no shop.order.placed");
        }
    }

    @Test
    void an_order_whose_payment_cannot_be_created_is_refused_and_releases_its_stock() throws Exception {
        // The shop runs with payment creation failing for usernames starting "payfail" (RunningShop.FAULTS).
        Shopping shopper = Shopping.shopper("payfail");
        String sku = skuWithStock(3, 999);
        int[] before = stock(sku);
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer orders = integrator.createConsumer(integrator.createTopic("shop.order"))) {
            HttpResponse<String> refused = shopper.order(sku, 2);
            assertProblem(refused, 503, "SERVICE_UNAVAILABLE");
            Shopping.awaitStock(sku, before[0], before[1], SETTLE);
            assertEquals(0, shopper.ordersListed());
            assertFalse(Shopping.anyEventOfShopper(orders, shopper.userId(), "shop.order.placed", 2_000),
                    "a refused checkout publishes no shop.order.placed");
        }
    }

    @Test
    void the_same_idempotency_key_twice_places_one_order() {
        Shopping shopper = Shopping.shopper();
        String sku = skuWithStock(3, 999);
        int[] before = stock(sku);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = shopper.orderWithKey(key, sku, 1);
        HttpResponse<String> again = shopper.orderWithKey(key, sku, 1);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(json(first).getString("id"), json(again).getString("id"));
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(before[0] - 1, stock(sku)[0], "stock reserved once");
        assertEquals(1, shopper.ordersListed());
        assertProblem(shopper.orderWithKey(key, sku, 2), 422, "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void a_shopper_cancelling_before_payment_gets_everything_released() throws Exception {
        Shopping shopper = Shopping.shopper();
        String sku = skuWithStock(3, 999);
        int[] before = stock(sku);
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer orders = integrator.createConsumer(integrator.createTopic("shop.order"))) {
            JsonObject order = shopper.placed(sku, 3);
            HttpResponse<String> cancelled = shopper.post("/order/orders/" + order.getString("id") + "/cancel", null);
            assertEquals(200, cancelled.statusCode(), cancelled.body());
            assertEquals("CANCELLED", json(cancelled).getString("status"));
            assertEquals("USER_CANCELLED", json(cancelled).getString("cancelReason"));
            Shopping.awaitStock(sku, before[0], before[1], SETTLE);
            assertEquals("VOIDED", shopper.payment(order.getString("paymentId")).getString("status"));
            JsonObject event = Shopping.nextEvent(orders, order.getString("id"), "shop.order.cancelled", 10_000);
            assertNotNull(event, "shop.order.cancelled received");
            assertEquals("USER_CANCELLED", event.getJsonObject("data").getString("reason"));

            // Cancelling again answers the cancelled order; paying it is refused.
            assertEquals(200, shopper.post("/order/orders/" + order.getString("id") + "/cancel", null).statusCode());
            assertProblem(shopper.post("/payment/sandbox/pay/" + order.getString("paymentId"), "{\"outcome\":\"success\"}"),
                    409, "INVALID_STATE");
            assertNull(Shopping.nextEvent(orders, order.getString("id"), "shop.order.paid", 1_000));
        }
    }

    @Test
    void a_failed_payment_can_be_tried_again_and_then_succeeds() throws Exception {
        Shopping shopper = Shopping.shopper();
        String sku = skuWithStock(2, 999);
        JsonObject order = shopper.placed(sku, 1);
        String payment = order.getString("paymentId");
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer payments = integrator.createConsumer(integrator.createTopic("shop.payment"))) {
            shopper.pay(payment, "fail");
            shopper.awaitPayment(payment, "FAILED", SETTLE);
            assertNotNull(Shopping.nextEvent(payments, payment, "shop.payment.failed", 10_000), "shop.payment.failed received");
        }
        assertEquals("PENDING_PAYMENT", shopper.orderDetail(order.getString("id")).getString("status"));
        shopper.pay(payment, "success");
        shopper.awaitOrder(order.getString("id"), "PAID", SETTLE);
        assertEquals("SUCCEEDED", shopper.payment(payment).getString("status"));
    }

    @Test
    void money_arriving_after_the_order_was_cancelled_is_refunded() {
        Shopping shopper = Shopping.shopper();
        String sku = skuWithStock(2, 999);
        int[] before = stock(sku);
        JsonObject order = shopper.placed(sku, 1);
        assertEquals(200, shopper.post("/order/orders/" + order.getString("id") + "/cancel", null).statusCode());
        JsonObject payment = shopper.payment(order.getString("paymentId"));
        assertEquals("VOIDED", payment.getString("status"));

        // The provider reports a success that was under way when the shopper cancelled.
        HttpResponse<String> late = Shopping.postCallback(Shopping.callback(payment, "SUCCEEDED"));
        assertEquals(200, late.statusCode(), late.body());
        shopper.awaitPayment(payment.getString("id"), "REFUNDED", SETTLE);
        assertEquals("CANCELLED", shopper.orderDetail(order.getString("id")).getString("status"));
        Shopping.awaitStock(sku, before[0], before[1], SETTLE);
    }

    @Test
    void another_shoppers_order_and_payment_do_not_exist_for_you() {
        Shopping alice = Shopping.shopper();
        Shopping mallory = Shopping.shopper();
        JsonObject order = alice.placed(skuWithStock(2, 999), 1);
        assertProblem(mallory.get("/order/orders/" + order.getString("id")), 404, "NOT_FOUND");
        assertProblem(mallory.post("/order/orders/" + order.getString("id") + "/cancel", null), 404, "NOT_FOUND");
        assertProblem(mallory.get("/payment/payments/" + order.getString("paymentId")), 404, "NOT_FOUND");
        assertProblem(mallory.post("/payment/sandbox/pay/" + order.getString("paymentId"), "{\"outcome\":\"success\"}"), 404, "NOT_FOUND");
        assertEquals(0, mallory.ordersListed());
        assertEquals("PENDING_PAYMENT", alice.orderDetail(order.getString("id")).getString("status"));
        assertEquals(200, alice.post("/order/orders/" + order.getString("id") + "/cancel", null).statusCode());
    }
}
