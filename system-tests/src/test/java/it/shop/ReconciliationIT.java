package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static it.shop.StockReservationIT.skuWithStock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * Daily reconciliation through the public URLs: the sandbox provider's statement for today is
 * compared with our payments and refunds; what agrees is matched, and every planted disagreement
 * is listed in the report finance reads.
 */
class ReconciliationIT {

    private static final long SETTLE = 20_000;
    private final Operator finance = new Operator();

    /** A placed order of a new shopper: {shopper, order}. */
    private static Object[] placed() {
        Shopping shopper = Shopping.shopper();
        return new Object[] {shopper, shopper.placed(skuWithStock(3, 999), 1)};
    }

    @Test
    void a_day_is_reconciled_and_every_planted_mismatch_is_listed() throws Exception {
        // Paid through the sandbox, then cancelled and refunded: both sides agree.
        Object[] fine = placed();
        Shopping fineShopper = (Shopping) fine[0];
        JsonObject fineOrder = (JsonObject) fine[1];
        fineShopper.pay(fineOrder.getString("paymentId"), "success");
        fineShopper.awaitOrder(fineOrder.getString("id"), "PAID", SETTLE);
        assertEquals(200, fineShopper.post("/order/orders/" + fineOrder.getString("id") + "/cancel", null).statusCode());
        fineShopper.awaitOrder(fineOrder.getString("id"), "REFUNDED", SETTLE);

        // Paid by a notification the provider never sent (a forged or mistaken callback).
        Object[] forged = placed();
        Shopping forgedShopper = (Shopping) forged[0];
        JsonObject forgedOrder = (JsonObject) forged[1];
        JsonObject forgedPayment = forgedShopper.payment(forgedOrder.getString("paymentId"));
        assertEquals(200, Shopping.postCallback(Shopping.callback(forgedPayment, "SUCCEEDED")).statusCode());
        forgedShopper.awaitOrder(forgedOrder.getString("id"), "PAID", SETTLE);

        // Paid through the sandbox, whose books then disagree: another amount, and a payment we never recorded.
        Object[] disputed = placed();
        Shopping disputedShopper = (Shopping) disputed[0];
        JsonObject disputedOrder = (JsonObject) disputed[1];
        String disputedPayment = disputedOrder.getString("paymentId");
        disputedShopper.pay(disputedPayment, "success");
        disputedShopper.awaitOrder(disputedOrder.getString("id"), "PAID", SETTLE);
        String plantedTxn = "SBXPLANTED" + UUID.randomUUID().toString().replace("-", "");
        try (Connection db = RunningShop.database()) {
            try (PreparedStatement raise = db.prepareStatement(
                    "UPDATE payment_svc.sandbox_ledger SET amount = amount + 1 WHERE payment_id = ? AND kind = 'PAYMENT'")) {
                raise.setString(1, disputedPayment);
                assertEquals(1, raise.executeUpdate());
            }
            try (PreparedStatement extra = db.prepareStatement("INSERT INTO payment_svc.sandbox_ledger"
                    + " (provider_txn_id, kind, payment_id, amount, currency, at) VALUES (?, 'PAYMENT', ?, 100, 'CNY', now())")) {
                extra.setString(1, plantedTxn);
                extra.setString(2, disputedPayment);
                extra.executeUpdate();
            }
        }

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        HttpResponse<String> ran = finance.send("POST", "/payment/reconciliations", "{\"date\":\"" + today + "\"}");
        assertEquals(201, ran.statusCode(), ran.body());
        JsonObject report = json(ran);
        List<JsonObject> mismatches = report.getJsonArray("mismatches").getValuesAs(JsonObject.class);
        assertTrue(report.getInt("matched") >= 2, "the fine payment and its refund match: " + report);

        assertTrue(mismatches.stream().noneMatch(m -> fineOrder.getString("paymentId").equals(m.getString("paymentId", ""))),
                "nothing about the payment and refund that agree: " + mismatches);
        assertTrue(mismatches.stream().anyMatch(m -> m.getString("problem").equals("MISSING_AT_PROVIDER")
                && m.getString("kind").equals("PAYMENT") && forgedPayment.getString("id").equals(m.getString("paymentId", ""))
                && m.getJsonNumber("ours").longValue() == forgedPayment.getJsonNumber("amount").longValue()),
                "the forged payment is missing at the provider: " + mismatches);
        long amount = disputedOrder.getJsonObject("totals").getJsonNumber("payable").longValue();
        assertTrue(mismatches.stream().anyMatch(m -> m.getString("problem").equals("AMOUNT_DIFFERS")
                && disputedPayment.equals(m.getString("paymentId", "")) && m.getJsonNumber("ours").longValue() == amount
                && m.getJsonNumber("theirs").longValue() == amount + 1), "the amount that differs: " + mismatches);
        assertTrue(mismatches.stream().anyMatch(m -> m.getString("problem").equals("MISSING_HERE")
                && plantedTxn.equals(m.getString("providerTxnId", "")) && m.getJsonNumber("theirs").longValue() == 100),
                "the provider's payment we never recorded: " + mismatches);

        JsonObject stored = json(finance.send("GET", "/payment/reconciliations/" + today, null));
        assertEquals(report.getInt("mismatchCount"), stored.getInt("mismatchCount"));
        assertTrue(json(finance.send("GET", "/payment/reconciliations", null)).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(r -> r.getString("date").equals(today)));
        // Run again: the day's report is replaced, not doubled.
        assertEquals(201, finance.send("POST", "/payment/reconciliations", "{\"date\":\"" + today + "\"}").statusCode());
        assertEquals(report.getInt("mismatchCount"), json(finance.send("GET", "/payment/reconciliations/" + today, null)).getInt("mismatchCount"));
    }

    @Test
    void reports_are_for_finance_and_take_a_real_past_day() {
        Shopping shopper = Shopping.shopper();
        assertProblem(shopper.get("/payment/reconciliations"), 403, "FORBIDDEN");
        assertProblem(shopper.post("/payment/reconciliations", "{\"date\":\"2026-01-01\"}"), 403, "FORBIDDEN");
        assertProblem(finance.send("POST", "/payment/reconciliations", "{\"date\":\"yesterday\"}"), 400, "VALIDATION_FAILED");
        assertProblem(finance.send("POST", "/payment/reconciliations", "{\"date\":\"2026-02-30\"}"), 400, "VALIDATION_FAILED");
        assertProblem(finance.send("POST", "/payment/reconciliations", "{\"date\":\"2999-01-01\"}"), 400, "VALIDATION_FAILED");
        assertProblem(finance.send("GET", "/payment/reconciliations/1999-01-01", null), 404, "NOT_FOUND");
        HttpResponse<String> quiet = finance.send("POST", "/payment/reconciliations", "{\"date\":\"2000-01-01\"}");
        assertEquals(201, quiet.statusCode(), quiet.body());
        assertEquals(0, json(quiet).getInt("matched"));
        assertEquals(0, json(quiet).getInt("mismatchCount"));
    }
}
