package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.shop.Operator.Sku;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;

/**
 * Operators adjust stock and set low-stock thresholds; every movement is in the SKU's ledger
 * with its reason, order and actor; the books of every SKU add up; search follows the stock.
 */
class StockLedgerIT {

    private final Operator operator = new Operator();

    @AfterEach
    void cleanUp() {
        operator.cleanUp();
    }

    HttpResponse<String> adjust(String sku, int delta, String reason) {
        return operator.send("POST", "/inventory/stock/" + sku + "/adjustments", "{\"delta\":" + delta + ",\"reason\":\"" + reason + "\"}");
    }

    List<JsonObject> movements(String sku) {
        HttpResponse<String> response = operator.send("GET", "/inventory/stock/" + sku + "/movements?size=100", null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void a_new_skus_first_adjustment_creates_its_stock_and_search_follows_it() {
        String token = SearchIT.token();
        JsonObject product = operator.published(Operator.product("库存台账 " + token, Operator.category("智能手机"), Sku.of("黑色", 100)));
        String sku = product.getJsonArray("skus").getJsonObject(0).getString("id");
        String id = product.getString("id");

        HttpResponse<String> received = adjust(sku, 3, "到货");
        assertEquals(201, received.statusCode(), received.body());
        assertEquals(3, json(received).getInt("available"));
        assertEquals(3, StockReservationIT.stock(sku)[0], "the public stock shows it");
        Shopping.await(() -> SearchIT.search(SearchIT.q(token) + "&inStock=true"), r -> SearchIT.ids(r).contains(id), 5_000, "in stock");

        assertProblem(adjust(sku, -4, "盘亏"), 409, "CONFLICT");
        assertEquals(3, StockReservationIT.stock(sku)[0], "never below zero");
        assertEquals(201, adjust(sku, -3, "盘亏").statusCode());
        Shopping.await(() -> SearchIT.search(SearchIT.q(token) + "&inStock=false"), r -> SearchIT.ids(r).contains(id), 5_000,
                "out of stock, as inventory announced");

        List<JsonObject> ledger = movements(sku);
        assertEquals(List.of(-3, 3), ledger.stream().map(m -> m.getInt("quantity")).toList(), "newest first");
        assertEquals("ADJUSTED", ledger.get(0).getString("kind"));
        assertEquals("盘亏", ledger.get(0).getString("reason"));
        assertEquals("admin", ledger.get(0).getString("actor"));
    }

    @Test
    void falling_to_the_threshold_announces_low_stock_once() throws Exception {
        String sku = operator.published(Operator.product("低库存 " + SearchIT.token(), Operator.category("智能手机"), Sku.of("黑色", 100)))
                .getJsonArray("skus").getJsonObject(0).getString("id");
        assertEquals(201, adjust(sku, 10, "到货").statusCode());
        HttpResponse<String> threshold = operator.send("PUT", "/inventory/stock/" + sku + "/threshold", "{\"lowStock\":5}");
        assertEquals(200, threshold.statusCode(), threshold.body());
        assertEquals(5, json(threshold).getInt("lowStockThreshold"));
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer inventory = integrator.createConsumer(integrator.createTopic("shop.inventory"))) {
            integrator.start();
            adjust(sku, -4, "损坏");
            adjust(sku, -1, "损坏");
            JsonObject low = Shopping.nextEvent(inventory, sku, "shop.inventory.stock.low", 10_000);
            assertNotNull(low, "crossing the threshold is announced");
            assertEquals(5, low.getJsonObject("data").getInt("available"));
            assertEquals(5, low.getJsonObject("data").getInt("threshold"));
            adjust(sku, -1, "损坏");
            assertEquals(null, Shopping.nextEvent(inventory, sku, "shop.inventory.stock.low", 2_000), "already low: not again");
        }
    }

    @Test
    void a_checkout_is_in_the_ledger_with_its_order_and_every_skus_books_add_up() {
        String sku = StockReservationIT.skuWithStock(5, 999);
        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(sku, 2);
        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(order.getString("id"), "PAID", 20_000);
        Shopping.await(() -> movements(sku), m -> m.stream().anyMatch(x -> x.getString("kind").equals("DEDUCTED")), 10_000, "deducted");
        List<JsonObject> ledger = movements(sku);
        JsonObject reserved = ledger.stream().filter(m -> m.getString("kind").equals("RESERVED")).findFirst().orElseThrow();
        assertEquals(order.getString("id"), reserved.getString("orderId"));
        assertEquals(-2, reserved.getInt("quantity"));
        JsonObject invariants = json(operator.send("GET", "/inventory/stock/invariants", null));
        assertTrue(invariants.getJsonNumber("skus").longValue() > 100);
        assertEquals(0, invariants.getJsonArray("mismatches").size(), invariants.toString());
    }

    @Test
    void only_operators_touch_stock_and_bad_adjustments_are_refused() {
        String sku = StockReservationIT.skuWithStock(1, 999);
        Shopping shopper = Shopping.shopper();
        assertProblem(shopper.post("/inventory/stock/" + sku + "/adjustments", "{\"delta\":1,\"reason\":\"x\"}"), 403, "FORBIDDEN");
        assertProblem(IdentityIT.post("/inventory/stock/" + sku + "/adjustments", "{\"delta\":1,\"reason\":\"x\"}", null), 401, "UNAUTHORIZED");
        assertProblem(shopper.get("/inventory/stock/" + sku + "/movements"), 403, "FORBIDDEN");
        assertProblem(adjust(sku, 0, "x"), 400, "VALIDATION_FAILED");
        assertProblem(adjust(sku, 2_000_000, "x"), 400, "VALIDATION_FAILED");
        assertProblem(operator.send("POST", "/inventory/stock/" + sku + "/adjustments", "{\"delta\":1}"), 400, "VALIDATION_FAILED");
        assertProblem(adjust("no-such-sku", -1, "x"), 404, "NOT_FOUND");
        assertFalse(movements(sku).isEmpty(), "its ledger opened with the seeded stock");
    }
}
