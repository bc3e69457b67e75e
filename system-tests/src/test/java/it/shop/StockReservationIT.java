package it.shop;

import static it.shop.RunningShop.COORDINATOR;
import static it.shop.RunningShop.INTERNAL;
import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.get;
import static it.shop.RunningShop.json;
import static it.shop.RunningShop.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;

/**
 * Inventory's step of the checkout saga through the real coordinator: reserving holds stock for
 * an LRA, closing deducts it, cancelling releases it, each once, and no burst can oversell.
 */
class StockReservationIT {

    private static final String RESERVATIONS = INTERNAL + "/inventory/internal/reservations";

    @Test
    void closing_the_saga_deducts_the_reserved_units_once() {
        String sku = skuWithStock(3, 999);
        int[] before = stock(sku);
        String lra = startLra();
        assertEquals(200, reserve(lra, sku, 2).statusCode());
        assertStock(sku, before[0] - 2, before[1] + 2);

        assertEquals(200, put(lra + "/close").statusCode());
        awaitState(lra, "DEDUCTED");
        assertStock(sku, before[0] - 2, before[1]);

        // The coordinator calling again changes nothing.
        assertEquals(200, callback(lra, "complete").statusCode());
        assertStock(sku, before[0] - 2, before[1]);
    }

    @Test
    void cancelling_the_saga_releases_the_reserved_units_once() {
        String sku = skuWithStock(3, 999);
        int[] before = stock(sku);
        String lra = startLra();
        assertEquals(200, reserve(lra, sku, 3).statusCode());
        assertEquals(200, put(lra + "/cancel").statusCode());
        awaitState(lra, "RELEASED");
        assertStock(sku, before[0], before[1]);
        assertEquals(200, callback(lra, "compensate").statusCode());
        assertStock(sku, before[0], before[1]);
    }

    @Test
    void a_line_out_of_stock_refuses_the_whole_reservation() {
        String plenty = skuWithStock(5, 999);
        String scarce = skuWithStock(1, 50);
        int[] plentyBefore = stock(plenty);
        String lra = startLra();
        HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(RESERVATIONS + "?lraId=" + RunningShop.encoded(lra)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"lines\":[{\"skuId\":\"" + plenty + "\",\"quantity\":1},"
                        + "{\"skuId\":\"" + scarce + "\",\"quantity\":" + (stock(scarce)[0] + 1) + "}]}")));
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("OUT_OF_STOCK", json(refused).getString("code"));
        assertStock(plenty, plentyBefore[0], plentyBefore[1]);
    }

    @Test
    void reserving_twice_for_one_saga_holds_the_units_once() {
        String sku = skuWithStock(2, 999);
        int[] before = stock(sku);
        String lra = startLra();
        assertEquals(200, reserve(lra, sku, 1).statusCode());
        assertEquals(200, reserve(lra, sku, 1).statusCode());
        assertStock(sku, before[0] - 1, before[1] + 1);
        put(lra + "/cancel");
        awaitState(lra, "RELEASED");
    }

    @Test
    void bad_reservations_are_refused() {
        String lra = startLra();
        assertEquals(422, reserve(lra, "no-such-sku", 1).statusCode());
        String sku = skuWithStock(1, 999);
        assertEquals(400, reserve(startLra(), sku, 0).statusCode());
        assertEquals(400, reserve(startLra(), sku, 1000).statusCode());
        // Not on the public surface.
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(PUBLIC + "/inventory/internal/reservations"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}"))).statusCode());
    }

    @Test
    void a_burst_of_checkouts_never_oversells() throws Exception {
        String sku = skuWithStock(3, 12);
        int available = stock(sku)[0];
        int attempts = available + 4;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> sagas = new ArrayList<>();
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String lra = startLra();
            sagas.add(lra);
            results.add(pool.submit(() -> reserve(lra, sku, 1).statusCode()));
        }
        int reserved = 0;
        for (Future<Integer> result : results) {
            int status = result.get();
            assertTrue(status == 200 || status == 409, "reserved or out of stock: " + status);
            reserved += status == 200 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(available, reserved, "exactly the units there were");
        assertStock(sku, 0, stock(sku)[1]);
        for (String lra : sagas) {
            put(lra + "/cancel");
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (stock(sku)[0] != available && System.currentTimeMillis() < deadline) {
            SagaThroughCoordinatorIT.sleep(200);
        }
        assertEquals(available, stock(sku)[0], "every unit back after the sagas were cancelled");
    }

    @Test
    void stock_changes_are_published() throws Exception {
        String sku = skuWithStock(1, 999);
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer consumer = integrator.createConsumer(integrator.createTopic("shop.inventory"),
                     "ce_type = 'shop.inventory.stock.changed'")) {
            integrator.start();
            String lra = startLra();
            reserve(lra, sku, 1);
            put(lra + "/cancel");
            List<String> reasons = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 15_000;
            while (reasons.size() < 2 && System.currentTimeMillis() < deadline) {
                var message = consumer.receive(1_000);
                if (message != null) {
                    JsonObject event = (JsonObject) RunningShop.parse(message.getBody(String.class));
                    if (sku.equals(event.getString("subject"))) {
                        reasons.add(event.getJsonObject("data").getString("reason"));
                    }
                }
            }
            assertEquals(List.of("RESERVED", "RELEASED"), reasons);
        }
    }

    static String startLra() {
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(COORDINATOR + "/start?ClientID=it-checkout&TimeLimit=0"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, started.statusCode(), started.body());
        return started.body().trim();
    }

    static HttpResponse<String> reserve(String lra, String sku, int quantity) {
        return send(HttpRequest.newBuilder(URI.create(RESERVATIONS + "?lraId=" + RunningShop.encoded(lra)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"orderId\":\"it\",\"lines\":[{\"skuId\":\"" + sku
                        + "\",\"quantity\":" + quantity + "}]}")));
    }

    private static HttpResponse<String> put(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> callback(String lra, String which) {
        return send(HttpRequest.newBuilder(URI.create(RESERVATIONS + "/" + which)).header("Long-Running-Action", lra)
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private static void awaitState(String lra, String state) {
        long deadline = System.currentTimeMillis() + 30_000;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> found = get(RESERVATIONS + "?lraId=" + RunningShop.encoded(lra));
            last = found.body();
            if (found.statusCode() == 200 && state.equals(json(found).getString("state"))) {
                return;
            }
            SagaThroughCoordinatorIT.sleep(200);
        }
        throw new AssertionError("reservation never reached " + state + ": " + last);
    }

    static int[] stock(String sku) {
        JsonObject stock = json(get(PUBLIC + "/inventory/stock/" + sku));
        return new int[] {stock.getInt("available"), stock.getInt("reserved")};
    }

    private static void assertStock(String sku, int available, int reserved) {
        int[] now = stock(sku);
        assertEquals(available, now[0], "available");
        assertEquals(reserved, now[1], "reserved");
    }

    /** A demo SKU whose available stock lies in [min, max], not used by another test of this run. */
    static String skuWithStock(int min, int max) {
        return skuWithStockPriced(min, max, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A demo SKU as {@link #skuWithStock} whose price (fen) lies between the bounds too. */
    static String skuWithStockPriced(int min, int max, long lowestPrice, long highestPrice) {
        for (int page = 0; page < 12; page++) {
            for (JsonObject card : json(get(PUBLIC + "/catalog/products?size=20&page=" + page)).getJsonArray("items")
                    .getValuesAs(JsonObject.class)) {
                JsonObject product = json(get(PUBLIC + "/catalog/products/" + card.getString("id")));
                for (JsonObject sku : product.getJsonArray("skus").getValuesAs(JsonObject.class)) {
                    String id = sku.getString("id");
                    long price = sku.getJsonNumber("price").longValue();
                    if (price < lowestPrice || price > highestPrice) {
                        continue;
                    }
                    int[] stock = stock(id);
                    if (stock[0] >= min && stock[0] <= max && stock[1] == 0 && USED.add(id)) {
                        return id;
                    }
                }
            }
        }
        throw new AssertionError("no demo SKU with stock between " + min + " and " + max
                + (lowestPrice == Long.MIN_VALUE ? "" : " priced " + lowestPrice + "-" + highestPrice));
    }

    private static final java.util.Set<String> USED = java.util.concurrent.ConcurrentHashMap.newKeySet();
}
