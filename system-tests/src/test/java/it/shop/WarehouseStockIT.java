package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.shop.Operator.Sku;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Stock kept per warehouse, through the public URLs: operators list the warehouses and adjust
 * stock in one of them; a checkout line is served whole by one warehouse (the first by priority
 * that can), or refused when none can alone; shoppers and search still see one total per SKU; the
 * books of every SKU in every warehouse add up after checkouts, cancellations and payments.
 */
class WarehouseStockIT {

    private static final long SETTLE = 20_000;

    private final Operator operator = new Operator();

    @AfterEach
    void cleanUp() {
        operator.cleanUp();
    }

    @Test
    void operators_see_the_warehouses_in_the_order_checkouts_try_them() {
        List<JsonObject> warehouses = warehouses();
        assertTrue(warehouses.size() >= 2, "the demo shop has two warehouses: " + warehouses);
        for (int i = 1; i < warehouses.size(); i++) {
            assertTrue(warehouses.get(i - 1).getInt("priority") <= warehouses.get(i).getInt("priority"), "lowest priority first");
        }
        assertEquals(1, warehouses.stream().filter(w -> w.getBoolean("default")).count(), "exactly one default");
        assertTrue(warehouses.stream().allMatch(w -> !w.getString("code").isBlank() && !w.getString("name").isBlank()));
        assertProblem(Shopping.shopper().get("/inventory/warehouses"), 403, "FORBIDDEN");
        assertProblem(RunningShop.get(RunningShop.PUBLIC + "/inventory/warehouses"), 401, "UNAUTHORIZED");
    }

    @Test
    void a_line_the_first_warehouse_cannot_send_alone_is_reserved_from_the_next_and_deducted_there_when_paid() {
        JsonObject first = warehouses().get(0);
        JsonObject second = warehouses().get(1);
        String sku = newSku();
        assertEquals(201, adjust(sku, first, 2).statusCode());
        assertEquals(201, adjust(sku, second, 5).statusCode());

        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(sku, 4);
        assertFigures(sku, first, 2, 0, 0);
        assertFigures(sku, second, 1, 4, 0);
        assertEquals(3, StockReservationIT.stock(sku)[0], "shoppers see the total available");
        assertEquals(4, StockReservationIT.stock(sku)[1], "and the total reserved");

        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(order.getString("id"), "PAID", SETTLE);
        Shopping.await(() -> inWarehouse(sku, second), w -> w.getInt("sold") == 4, SETTLE, "deducted in " + second.getString("code"));
        assertFigures(sku, second, 1, 0, 4);
        assertFigures(sku, first, 2, 0, 0);
        JsonObject reserved = movements(sku).stream().filter(m -> m.getString("kind").equals("RESERVED")).findFirst().orElseThrow();
        assertEquals(second.getString("id"), reserved.getString("warehouseId"), "the ledger names the warehouse");
        assertBooksAddUp();
    }

    @Test
    void a_line_no_single_warehouse_can_send_is_out_of_stock_and_holds_nothing() {
        JsonObject first = warehouses().get(0);
        JsonObject second = warehouses().get(1);
        JsonObject product = operator.published(Operator.product("分仓缺货 " + SearchIT.token(), Operator.category("智能手机"),
                Sku.of("黑色", 100), Sku.of("白色", 100)));
        String split = product.getJsonArray("skus").getJsonObject(0).getString("id");
        String plenty = product.getJsonArray("skus").getJsonObject(1).getString("id");
        assertEquals(201, adjust(split, first, 3).statusCode());
        assertEquals(201, adjust(split, second, 3).statusCode());
        assertEquals(201, adjust(plenty, first, 10).statusCode());

        Shopping shopper = Shopping.shopper();
        assertEquals(6, StockReservationIT.stock(split)[0], "6 available in all");
        assertProblem(shopper.order(plenty, 1, split, 5), 409, "OUT_OF_STOCK");
        assertFigures(split, first, 3, 0, 0);
        assertFigures(split, second, 3, 0, 0);
        assertFigures(plenty, first, 10, 0, 0);
        assertEquals(0, shopper.ordersListed());

        // Three fit in the first warehouse; cancelling gives them back there.
        JsonObject order = shopper.placed(split, 3);
        assertFigures(split, first, 0, 3, 0);
        assertFigures(split, second, 3, 0, 0);
        HttpResponse<String> cancelled = shopper.post("/order/orders/" + order.getString("id") + "/cancel", null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        Shopping.await(() -> inWarehouse(split, first), w -> w.getInt("available") == 3, SETTLE, "released");
        assertFigures(split, first, 3, 0, 0);
        assertBooksAddUp();
    }

    @Test
    void adjustments_go_to_the_named_warehouse_or_the_default_and_an_unknown_warehouse_is_refused() {
        List<JsonObject> warehouses = warehouses();
        JsonObject byDefault = warehouses.stream().filter(w -> w.getBoolean("default")).findFirst().orElseThrow();
        JsonObject other = warehouses.stream().filter(w -> !w.getBoolean("default")).findFirst().orElseThrow();
        String sku = newSku();

        HttpResponse<String> received = operator.send("POST", "/inventory/stock/" + sku + "/adjustments",
                "{\"delta\":4,\"reason\":\"到货\"}");
        assertEquals(201, received.statusCode(), received.body());
        assertEquals(4, json(received).getInt("available"));
        assertFigures(sku, byDefault, 4, 0, 0);

        HttpResponse<String> elsewhere = adjust(sku, other, 2);
        assertEquals(201, elsewhere.statusCode(), elsewhere.body());
        assertEquals(6, json(elsewhere).getInt("available"), "the answer carries the SKU's totals");
        assertEquals(2, json(elsewhere).getJsonArray("warehouses").size(), "and each warehouse's figures");
        assertFigures(sku, other, 2, 0, 0);
        assertEquals(6, StockReservationIT.stock(sku)[0]);

        assertProblem(adjust(sku, other, -3), 409, "CONFLICT");
        assertFigures(sku, other, 2, 0, 0);
        assertProblem(operator.send("POST", "/inventory/stock/" + sku + "/adjustments",
                "{\"delta\":1,\"reason\":\"到货\",\"warehouseId\":\"no-such-warehouse\"}"), 422, "INVALID_REFERENCE");
        assertEquals(6, StockReservationIT.stock(sku)[0], "a refused adjustment changes nothing");

        List<JsonObject> ledger = movements(sku);
        assertEquals(List.of(other.getString("id"), byDefault.getString("id")), ledger.stream().map(m -> m.getString("warehouseId")).toList());
        HttpResponse<String> oneWarehouse = operator.send("GET", "/inventory/stock/" + sku + "/movements?warehouseId=" + other.getString("id"), null);
        assertEquals(1, json(oneWarehouse).getInt("total"));

        assertProblem(operator.send("GET", "/inventory/stock/no-such-sku/warehouses", null), 404, "NOT_FOUND");
        assertProblem(Shopping.shopper().get("/inventory/stock/" + sku + "/warehouses"), 403, "FORBIDDEN");
        assertBooksAddUp();
    }

    @Test
    void low_stock_is_judged_on_the_total_across_warehouses_and_changes_carry_each_warehouse() throws Exception {
        JsonObject first = warehouses().get(0);
        JsonObject second = warehouses().get(1);
        String sku = newSku();
        assertEquals(201, adjust(sku, first, 4).statusCode());
        assertEquals(201, adjust(sku, second, 5).statusCode());
        assertEquals(200, operator.send("PUT", "/inventory/stock/" + sku + "/threshold", "{\"lowStock\":5}").statusCode());
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer inventory = integrator.createConsumer(integrator.createTopic("shop.inventory"))) {
            integrator.start();
            adjust(sku, second, -3);
            JsonObject changed = Shopping.nextEvent(inventory, sku, "shop.inventory.stock.changed", 10_000);
            assertEquals(6, changed.getJsonObject("data").getInt("available"), "the SKU's total");
            assertEquals(-3, changed.getJsonObject("data").getInt("delta"));
            assertEquals(second.getString("id"), changed.getJsonObject("data").getString("warehouseId"));
            assertEquals(2, changed.getJsonObject("data").getJsonArray("warehouses").size());
            assertEquals(null, Shopping.nextEvent(inventory, sku, "shop.inventory.stock.low", 2_000),
                    "2 left in one warehouse, 6 in all: not low");
            adjust(sku, first, -1);
            JsonObject low = Shopping.nextEvent(inventory, sku, "shop.inventory.stock.low", 10_000);
            assertNotNull(low, "5 in all is low");
            assertEquals(5, low.getJsonObject("data").getInt("available"));
        }
    }

    private List<JsonObject> warehouses() {
        HttpResponse<String> response = operator.send("GET", "/inventory/warehouses", null);
        assertEquals(200, response.statusCode(), response.body());
        return RunningShop.parse(response.body()).asJsonArray().getValuesAs(JsonObject.class);
    }

    /** A SKU of a new product, without stock yet. */
    private String newSku() {
        return operator.published(Operator.product("分仓库存 " + SearchIT.token(), Operator.category("智能手机"), Sku.of("黑色", 100)))
                .getJsonArray("skus").getJsonObject(0).getString("id");
    }

    private HttpResponse<String> adjust(String sku, JsonObject warehouse, int delta) {
        return operator.send("POST", "/inventory/stock/" + sku + "/adjustments",
                "{\"delta\":" + delta + ",\"reason\":\"到货\",\"warehouseId\":\"" + warehouse.getString("id") + "\"}");
    }

    /** The SKU's figures in the warehouse (zeros when it keeps none). */
    private JsonObject inWarehouse(String sku, JsonObject warehouse) {
        HttpResponse<String> response = operator.send("GET", "/inventory/stock/" + sku + "/warehouses", null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getJsonArray("warehouses").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("warehouseId").equals(warehouse.getString("id"))).findFirst()
                .orElse(Json.createObjectBuilder().add("available", 0).add("reserved", 0).add("sold", 0).build());
    }

    private void assertFigures(String sku, JsonObject warehouse, int available, int reserved, int sold) {
        JsonObject figures = inWarehouse(sku, warehouse);
        String where = sku + " in " + warehouse.getString("code") + ": " + figures;
        assertEquals(available, figures.getInt("available"), "available of " + where);
        assertEquals(reserved, figures.getInt("reserved"), "reserved of " + where);
        assertEquals(sold, figures.getInt("sold"), "sold of " + where);
    }

    private List<JsonObject> movements(String sku) {
        HttpResponse<String> response = operator.send("GET", "/inventory/stock/" + sku + "/movements?size=100", null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private void assertBooksAddUp() {
        JsonObject check = json(operator.send("GET", "/inventory/stock/invariants", null));
        assertEquals(0, check.getJsonArray("mismatches").size(), check.toString());
        assertTrue(check.getJsonNumber("warehouseStocks").longValue() > 0, check.toString());
    }
}
