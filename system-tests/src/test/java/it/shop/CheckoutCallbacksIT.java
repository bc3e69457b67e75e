package it.shop;

import static it.shop.RunningShop.COORDINATOR;
import static it.shop.RunningShop.INTERNAL;
import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.send;
import static it.shop.StockReservationIT.skuWithStock;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * The order's and payment's saga callbacks, called as the coordinator calls them: twice, or for
 * a saga they never saw. Each answers at once and changes nothing the second time; and they are
 * not reachable from the public surface.
 */
class CheckoutCallbacksIT {

    private static HttpResponse<String> callback(String base, String which, String lra) {
        return send(HttpRequest.newBuilder(URI.create(base + "/" + which)).header("Long-Running-Action", lra)
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private static String unknownSaga() {
        return COORDINATOR + "/0_ffff7f000001_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void callbacks_for_a_saga_never_seen_succeed_and_a_late_payment_is_then_refused() {
        for (String which : new String[] {"complete", "compensate"}) {
            for (String base : new String[] {INTERNAL + "/order/internal/checkout-saga", INTERNAL + "/payment/internal/payments",
                    INTERNAL + "/user/internal/points/holds"}) {
                String lra = unknownSaga();
                HttpResponse<String> first = callback(base, which, lra);
                HttpResponse<String> again = callback(base, which, lra);
                assertEquals(200, first.statusCode(), base + "/" + which + ": " + first.body());
                assertEquals(200, again.statusCode(), base + "/" + which + ": " + again.body());
            }
        }
    }

    @Test
    void a_paid_orders_complete_callbacks_called_again_change_nothing() {
        Shopping shopper = Shopping.shopper();
        String sku = skuWithStock(2, 999);
        int[] before = StockReservationIT.stock(sku);
        JsonObject order = shopper.placed(sku, 1);
        String lra = sagaOf(order.getString("id"));
        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(order.getString("id"), "PAID", 20_000);
        Shopping.awaitStock(sku, before[0] - 1, before[1], 20_000);

        for (String base : new String[] {INTERNAL + "/order/internal/checkout-saga", INTERNAL + "/payment/internal/payments",
                INTERNAL + "/inventory/internal/reservations"}) {
            HttpResponse<String> again = callback(base, "complete", lra);
            assertEquals(200, again.statusCode(), base + ": " + again.body());
        }
        JsonObject paid = shopper.orderDetail(order.getString("id"));
        assertEquals(2, paid.getJsonArray("history").size(), "paid once: " + paid);
        assertEquals("SUCCEEDED", shopper.payment(order.getString("paymentId")).getString("status"));
        assertEquals(before[0] - 1, StockReservationIT.stock(sku)[0], "deducted once");
    }

    @Test
    void the_orders_complete_callback_checks_the_payment_before_it_marks_an_order_paid() {
        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(skuWithStock(2, 999), 1);
        String lra = sagaOf(order.getString("id"));
        // Someone on the internal surface claims the saga closed, but nobody paid.
        HttpResponse<String> forged = callback(INTERNAL + "/order/internal/checkout-saga", "complete", lra);
        assertEquals(500, forged.statusCode(), forged.body());
        assertEquals("FailedToComplete", forged.body());
        assertEquals("PENDING_PAYMENT", shopper.orderDetail(order.getString("id")).getString("status"), "not marked paid");
        assertEquals("PENDING", shopper.payment(order.getString("paymentId")).getString("status"));

        // Paid for real, the same callback completes.
        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(order.getString("id"), "PAID", 20_000);
        assertEquals(200, callback(INTERNAL + "/order/internal/checkout-saga", "complete", lra).statusCode());
        assertEquals(2, shopper.orderDetail(order.getString("id")).getJsonArray("history").size(), "paid once");
    }

    /** The checkout's LRA, found at the coordinator by its client id ({@code checkout:<orderId>}). */
    private static String sagaOf(String orderId) {
        HttpResponse<String> all = RunningShop.get(COORDINATOR);
        assertEquals(200, all.statusCode(), all.body());
        for (JsonObject lra : ((jakarta.json.JsonArray) RunningShop.parse(all.body())).getValuesAs(JsonObject.class)) {
            if (("checkout:" + orderId).equals(lra.getString("clientId", ""))) {
                return lra.getString("lraId");
            }
        }
        throw new AssertionError("no saga for order " + orderId + " at the coordinator");
    }

    @Test
    void the_callbacks_are_not_on_the_public_surface() {
        Shopping shopper = Shopping.shopper();
        for (String path : new String[] {"/order/internal/checkout-saga/compensate", "/payment/internal/payments/compensate",
                "/payment/internal/payments", "/catalog/internal/skus?id=x", "/user/internal/addresses/x?owner=y",
                "/user/internal/points/holds/compensate", "/user/internal/points/holds/complete", "/user/internal/points/x"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(PUBLIC + path))
                    .header("Long-Running-Action", unknownSaga()).PUT(HttpRequest.BodyPublishers.noBody()));
            assertEquals(404, response.statusCode(), path);
            assertEquals(404, RunningShop.get(PUBLIC + path).statusCode(), path);
            // A shopper's (or anyone's) token changes nothing: the callbacks are not there.
            HttpResponse<String> asShopper = send(HttpRequest.newBuilder(URI.create(PUBLIC + path)).header("Authorization", "Bearer " + shopper.token())
                    .header("Long-Running-Action", unknownSaga()).PUT(HttpRequest.BodyPublishers.noBody()));
            assertEquals(404, asShopper.statusCode(), path);
        }
    }
}
