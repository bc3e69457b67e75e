package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.StockReservationIT.skuWithStock;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * The provider callback as CONTRACT.md specifies it: only a correctly signed, fresh, never-seen
 * callback for the right amount moves a payment; an identical repeat is answered 200 and changes
 * nothing.
 */
class PaymentCallbackIT {

    private static JsonObject pendingPayment(Shopping shopper) {
        JsonObject order = shopper.placed(skuWithStock(2, 999), 1);
        return shopper.payment(order.getString("paymentId"));
    }

    @Test
    void the_same_callback_twice_pays_once() {
        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(skuWithStock(2, 999), 1);
        JsonObject payment = shopper.payment(order.getString("paymentId"));
        Map<String, String> callback = Shopping.callback(payment, "SUCCEEDED");
        HttpResponse<String> first = Shopping.postCallback(callback);
        HttpResponse<String> again = Shopping.postCallback(callback);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("UNCHANGED", RunningShop.json(again).getString("outcome"));
        shopper.awaitOrder(order.getString("id"), "PAID", 20_000);
        assertEquals("SUCCEEDED", shopper.payment(payment.getString("id")).getString("status"));
    }

    @Test
    void a_forged_signature_is_refused_and_records_nothing() {
        Shopping shopper = Shopping.shopper();
        JsonObject payment = pendingPayment(shopper);
        Map<String, String> forged = new LinkedHashMap<>(Shopping.callback(payment, "SUCCEEDED"));
        forged.put("signature", "0".repeat(64));
        assertProblem(Shopping.postCallback(forged), 401, "UNAUTHORIZED");
        Map<String, String> unsigned = new LinkedHashMap<>(Shopping.callback(payment, "SUCCEEDED"));
        unsigned.remove("signature");
        assertProblem(Shopping.postCallback(unsigned), 401, "UNAUTHORIZED");
        // Signed, then changed: the amount no longer matches its signature.
        Map<String, String> tampered = new LinkedHashMap<>(Shopping.callback(payment, "FAILED"));
        tampered.put("status", "SUCCEEDED");
        assertProblem(Shopping.postCallback(tampered), 401, "UNAUTHORIZED");
        assertEquals("PENDING", shopper.payment(payment.getString("id")).getString("status"));
    }

    @Test
    void a_stale_callback_is_refused() {
        Shopping shopper = Shopping.shopper();
        JsonObject payment = pendingPayment(shopper);
        Map<String, String> stale = new LinkedHashMap<>(Shopping.callback(payment, "SUCCEEDED"));
        stale.put("timestamp", Long.toString(Instant.now().minusSeconds(301).getEpochSecond()));
        assertProblem(Shopping.postCallback(Shopping.sign(stale)), 400, "VALIDATION_FAILED");
        assertEquals("PENDING", shopper.payment(payment.getString("id")).getString("status"));
    }

    @Test
    void a_reused_nonce_is_refused() {
        Shopping shopper = Shopping.shopper();
        JsonObject payment = pendingPayment(shopper);
        Map<String, String> failed = Shopping.callback(payment, "FAILED");
        assertEquals(200, Shopping.postCallback(failed).statusCode());
        shopper.awaitPayment(payment.getString("id"), "FAILED", 5_000);
        Map<String, String> replayed = new LinkedHashMap<>(Shopping.callback(payment, "SUCCEEDED"));
        replayed.put("nonce", failed.get("nonce"));
        assertProblem(Shopping.postCallback(Shopping.sign(replayed)), 400, "VALIDATION_FAILED");
        assertEquals("FAILED", shopper.payment(payment.getString("id")).getString("status"));
    }

    @Test
    void a_wrong_amount_or_currency_is_refused_and_changes_nothing() {
        Shopping shopper = Shopping.shopper();
        JsonObject payment = pendingPayment(shopper);
        Map<String, String> cheaper = new LinkedHashMap<>(Shopping.callback(payment, "SUCCEEDED"));
        cheaper.put("amount", "1");
        assertProblem(Shopping.postCallback(Shopping.sign(cheaper)), 400, "VALIDATION_FAILED");
        Map<String, String> dollars = new LinkedHashMap<>(Shopping.callback(payment, "SUCCEEDED"));
        dollars.put("currency", "USD");
        assertProblem(Shopping.postCallback(Shopping.sign(dollars)), 400, "VALIDATION_FAILED");
        assertEquals("PENDING", shopper.payment(payment.getString("id")).getString("status"));
        // The nonces of refused callbacks were not used up: a correct callback still applies.
        Map<String, String> right = new LinkedHashMap<>(cheaper);
        right.put("amount", Long.toString(payment.getJsonNumber("amount").longValue()));
        assertEquals(200, Shopping.postCallback(Shopping.sign(right)).statusCode());
        shopper.awaitPayment(payment.getString("id"), "SUCCEEDED", 5_000);
    }

    @Test
    void callback_fields_must_be_strings() {
        assertProblem(IdentityIT.post("/payment/callbacks/sandbox", "{\"paymentId\":1}", null), 400, "VALIDATION_FAILED");
        assertProblem(IdentityIT.post("/payment/callbacks/sandbox", "not json", null), 400, "MALFORMED_REQUEST");
    }
}
