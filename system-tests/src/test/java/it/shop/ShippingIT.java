package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static it.shop.StockReservationIT.skuWithStock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * After payment, through the public URLs: an operator ships a paid order, the sandbox carrier
 * reports tracking updates by signed callbacks, delivery moves the order to DELIVERED, and the
 * shopper's receipt (or the days running out) completes it. Orders that are not paid never ship.
 */
class ShippingIT {

    static final long SETTLE = 20_000;
    private final Operator operator = new Operator();

    /** A paid order of a new shopper: {shopper, order id}. */
    static Object[] paidOrder() {
        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(skuWithStock(3, 999), 1);
        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(order.getString("id"), "PAID", SETTLE);
        return new Object[] {shopper, order.getString("id")};
    }

    static String trackingNo() {
        return "SF" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }

    HttpResponse<String> ship(String orderId, String carrier, String trackingNo) {
        return operator.send("POST", "/inventory/shipments", Json.createObjectBuilder().add("orderId", orderId).add("carrier", carrier)
                .add("trackingNo", trackingNo).build().toString());
    }

    HttpResponse<String> carrierReports(String shipmentId, String status) {
        return operator.send("POST", "/inventory/sandbox/carrier/shipments/" + shipmentId + "/events",
                "{\"status\":\"" + status + "\",\"location\":\"上海转运中心\"}");
    }

    /** Ships and delivers the order through the sandbox carrier; returns the shipment. */
    JsonObject shipAndDeliver(Shopping shopper, String orderId) {
        HttpResponse<String> shipped = ship(orderId, "SF", trackingNo());
        assertEquals(201, shipped.statusCode(), shipped.body());
        JsonObject shipment = json(shipped);
        assertEquals(202, carrierReports(shipment.getString("id"), "DELIVERED").statusCode());
        shopper.awaitOrder(orderId, "DELIVERED", SETTLE);
        return shipment;
    }

    @Test
    void a_paid_order_ships_is_tracked_is_delivered_and_completes_on_receipt() throws Exception {
        Object[] paid = paidOrder();
        Shopping shopper = (Shopping) paid[0];
        String orderId = (String) paid[1];
        String trackingNo = trackingNo();
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer orders = integrator.createConsumer(integrator.createTopic("shop.order"));
             JMSConsumer inventory = integrator.createConsumer(integrator.createTopic("shop.inventory"))) {
            HttpResponse<String> shipped = ship(orderId, "sf", trackingNo);
            assertEquals(201, shipped.statusCode(), shipped.body());
            JsonObject shipment = json(shipped);
            assertEquals("SF", shipment.getString("carrier"), "carrier codes are upper case");
            assertEquals(orderId, shipment.getString("orderId"));

            JsonObject order = shopper.orderDetail(orderId);
            assertEquals("SHIPPED", order.getString("status"));
            assertEquals(trackingNo, order.getJsonObject("shipment").getString("trackingNo"));
            assertProblem(ship(orderId, "YTO", trackingNo()), 409, "CONFLICT");

            JsonObject created = Shopping.nextEvent(inventory, shipment.getString("id"), "shop.inventory.shipment.created", 10_000);
            assertNotNull(created, "shop.inventory.shipment.created");
            assertEquals(trackingNo, created.getJsonObject("data").getString("trackingNo"));
            assertNotNull(Shopping.nextEvent(orders, orderId, "shop.order.shipped", 10_000), "shop.order.shipped");

            // The shopper follows the parcel; the carrier's updates arrive as signed callbacks.
            HttpResponse<String> listed = shopper.get("/inventory/shipments?orderId=" + orderId);
            assertEquals(200, listed.statusCode(), listed.body());
            assertEquals(1, json(listed).getJsonArray("items").size());
            assertEquals(202, carrierReports(shipment.getString("id"), "IN_TRANSIT").statusCode());
            JsonObject tracking = Shopping.await(() -> json(shopper.get("/inventory/shipments/" + shipment.getString("id") + "/tracking")),
                    t -> t.getJsonArray("events").size() == 1, SETTLE, "the in-transit update");
            assertEquals("IN_TRANSIT", tracking.getString("status"));
            assertEquals("上海转运中心", tracking.getJsonArray("events").getJsonObject(0).getString("location"));

            assertEquals(202, carrierReports(shipment.getString("id"), "DELIVERED").statusCode());
            JsonObject delivered = shopper.awaitOrder(orderId, "DELIVERED", SETTLE);
            assertTrue(delivered.containsKey("deliveredAt"));
            assertNotNull(Shopping.nextEvent(inventory, shipment.getString("id"), "shop.inventory.shipment.delivered", 10_000));
            assertNotNull(Shopping.nextEvent(orders, orderId, "shop.order.delivered", 10_000), "shop.order.delivered");

            HttpResponse<String> receipt = shopper.post("/order/orders/" + orderId + "/receipt", null);
            assertEquals(200, receipt.statusCode(), receipt.body());
            assertEquals("COMPLETED", json(receipt).getString("status"));
            assertEquals(List.of("PENDING_PAYMENT", "PAID", "SHIPPED", "DELIVERED", "COMPLETED"), statuses(json(receipt)));
            JsonObject completed = Shopping.nextEvent(orders, orderId, "shop.order.completed", 10_000);
            assertNotNull(completed, "shop.order.completed");
            assertEquals("RECEIPT_CONFIRMED", completed.getJsonObject("data").getString("reason"));
            assertProblem(shopper.post("/order/orders/" + orderId + "/receipt", null), 409, "INVALID_STATE");
        }
    }

    @Test
    void from_the_cart_to_completed() {
        Shopping shopper = Shopping.shopper();
        String sku = skuWithStock(5, 999);
        HttpResponse<String> added = IdentityIT.authorized("PUT", "/order/cart/items/" + sku, "{\"quantity\":2}", shopper.token());
        assertEquals(200, added.statusCode(), added.body());
        HttpResponse<String> placed = shopper.orderBody(null, "{\"fromCart\":true,\"addressId\":\"" + shopper.addressId() + "\"}");
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = json(placed);
        assertEquals(0, json(shopper.get("/order/cart")).getJsonArray("items").size(), "ordered lines leave the cart");
        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(order.getString("id"), "PAID", SETTLE);
        shipAndDeliver(shopper, order.getString("id"));
        HttpResponse<String> receipt = shopper.post("/order/orders/" + order.getString("id") + "/receipt", null);
        assertEquals(200, receipt.statusCode(), receipt.body());
        assertEquals(List.of("PENDING_PAYMENT", "PAID", "SHIPPED", "DELIVERED", "COMPLETED"), statuses(json(receipt)));
        assertEquals(2, json(receipt).getJsonArray("lines").getJsonObject(0).getInt("quantity"));
    }

    @Test
    void another_shopper_sees_neither_the_parcel_nor_the_order() {
        Object[] paid = paidOrder();
        String orderId = (String) paid[1];
        JsonObject shipment = json(ship(orderId, "SF", trackingNo()));
        Shopping stranger = Shopping.shopper();
        assertEquals(0, json(stranger.get("/inventory/shipments?orderId=" + orderId)).getJsonArray("items").size());
        assertProblem(stranger.get("/inventory/shipments/" + shipment.getString("id") + "/tracking"), 404, "NOT_FOUND");
        assertProblem(stranger.post("/order/orders/" + orderId + "/receipt", null), 404, "NOT_FOUND");
        // Shoppers neither ship nor drive the carrier.
        assertProblem(stranger.post("/inventory/shipments",
                "{\"orderId\":\"" + orderId + "\",\"carrier\":\"SF\",\"trackingNo\":\"" + trackingNo() + "\"}"), 403, "FORBIDDEN");
        assertProblem(stranger.post("/inventory/sandbox/carrier/shipments/" + shipment.getString("id") + "/events",
                "{\"status\":\"DELIVERED\"}"), 403, "FORBIDDEN");
        // Operators read any parcel and any order; shoppers do not reach the operators' order pages.
        assertEquals(1, json(operator.send("GET", "/inventory/shipments?orderId=" + orderId, null)).getJsonArray("items").size());
        JsonObject seen = json(operator.send("GET", "/order/operator/orders/" + orderId, null));
        assertEquals("SHIPPED", seen.getString("status"));
        assertEquals(((Shopping) paid[0]).userId(), seen.getString("userId"));
        assertProblem(stranger.get("/order/operator/orders/" + orderId), 403, "FORBIDDEN");
        assertProblem(stranger.get("/order/operator/orders?status=PAID"), 403, "FORBIDDEN");
    }

    @Test
    void operators_find_the_orders_waiting_to_ship() {
        Object[] paid = paidOrder();
        String orderId = (String) paid[1];
        Set<String> queued = new HashSet<>();
        for (int page = 0; page < 50 && !queued.contains(orderId); page++) {
            JsonObject listed = json(operator.send("GET", "/order/operator/orders?size=100&page=" + page, null));
            listed.getJsonArray("items").getValuesAs(JsonObject.class).forEach(o -> {
                assertEquals("PAID", o.getString("status"));
                queued.add(o.getString("id"));
            });
            if (listed.getJsonArray("items").isEmpty()) {
                break;
            }
        }
        assertTrue(queued.contains(orderId), "the paid order is in the operators' queue");
        assertEquals(201, ship(orderId, "SF", trackingNo()).statusCode());
        assertEquals("SHIPPED", json(operator.send("GET", "/order/operator/orders/" + orderId, null)).getString("status"));
        assertProblem(operator.send("GET", "/order/operator/orders?status=WHATEVER", null), 400, "VALIDATION_FAILED");
        assertProblem(operator.send("GET", "/order/operator/orders/" + UUID.randomUUID(), null), 404, "NOT_FOUND");
    }

    @Test
    void an_unpaid_order_does_not_ship_and_leaves_no_parcel() {
        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(skuWithStock(3, 999), 1);
        String orderId = order.getString("id");
        assertProblem(ship(orderId, "SF", trackingNo()), 409, "INVALID_STATE");
        assertEquals(0, json(operator.send("GET", "/inventory/shipments?orderId=" + orderId, null)).getJsonArray("items").size());
        assertProblem(shopper.post("/order/orders/" + orderId + "/receipt", null), 409, "INVALID_STATE");
        assertProblem(ship(UUID.randomUUID().toString(), "SF", trackingNo()), 422, "INVALID_REFERENCE");
        assertProblem(ship(orderId, "S F", "12 3"), 400, "VALIDATION_FAILED");
        assertEquals("PENDING_PAYMENT", shopper.orderDetail(orderId).getString("status"));

        // Once paid it ships, even with the tracking number an earlier refused attempt named.
        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(orderId, "PAID", SETTLE);
        String trackingNo = trackingNo();
        assertEquals(201, ship(orderId, "SF", trackingNo).statusCode());
        Object[] other = paidOrder();
        assertProblem(ship((String) other[1], "SF", trackingNo), 409, "CONFLICT");
    }

    @Test
    void a_delivered_order_completes_by_itself_when_the_shopper_does_not_confirm() {
        Object[] paid = paidOrder();
        Shopping shopper = (Shopping) paid[0];
        String orderId = (String) paid[1];
        shipAndDeliver(shopper, orderId);
        // The shop under test completes delivered orders after 15 s (RunningShop.FAULTS).
        JsonObject completed = shopper.awaitOrder(orderId, "COMPLETED", 40_000);
        List<JsonObject> history = completed.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals("RECEIPT_AUTO_CONFIRMED", history.get(history.size() - 1).getString("reason"));
    }

    @Test
    void carrier_callbacks_are_verified_and_applied_once() {
        Object[] paid = paidOrder();
        Shopping shopper = (Shopping) paid[0];
        String trackingNo = trackingNo();
        JsonObject shipment = json(ship((String) paid[1], "SF", trackingNo));
        Map<String, String> update = Shopping.sign(carrierUpdate(trackingNo, "IN_TRANSIT", Instant.now()));

        Map<String, String> forged = new LinkedHashMap<>(update);
        forged.put("status", "DELIVERED");
        assertProblem(postCarrier(forged), 401, "UNAUTHORIZED");

        HttpResponse<String> first = postCarrier(update);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(json(first).getBoolean("recorded"));
        HttpResponse<String> again = postCarrier(update);
        assertEquals(200, again.statusCode(), again.body());
        assertFalse(json(again).getBoolean("recorded"), "an update already recorded changes nothing");

        assertProblem(postCarrier(Shopping.sign(carrierUpdate(trackingNo, "IN_TRANSIT", Instant.now().minusSeconds(900)))), 400,
                "VALIDATION_FAILED");
        Map<String, String> replayedNonce = carrierUpdate(trackingNo, "OUT_FOR_DELIVERY", Instant.now());
        replayedNonce.put("nonce", update.get("nonce"));
        assertProblem(postCarrier(Shopping.sign(replayedNonce)), 400, "VALIDATION_FAILED");
        assertProblem(postCarrier(Shopping.sign(carrierUpdate("SFNOSUCHPARCEL", "IN_TRANSIT", Instant.now()))), 404, "NOT_FOUND");
        Map<String, String> strange = carrierUpdate(trackingNo, "LOST_IN_SPACE", Instant.now());
        assertProblem(postCarrier(Shopping.sign(strange)), 400, "VALIDATION_FAILED");

        JsonObject tracking = json(shopper.get("/inventory/shipments/" + shipment.getString("id") + "/tracking"));
        assertEquals(1, tracking.getJsonArray("events").size(), "one update recorded: " + tracking);
        assertEquals("SHIPPED", shopper.orderDetail((String) paid[1]).getString("status"));
    }

    static Map<String, String> carrierUpdate(String trackingNo, String status, Instant at) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("carrier", "SF");
        fields.put("trackingNo", trackingNo);
        fields.put("eventId", "IT" + UUID.randomUUID().toString().replace("-", ""));
        fields.put("status", status);
        fields.put("location", "杭州");
        fields.put("description", "test update");
        fields.put("occurredAt", OffsetDateTime.now().toString());
        fields.put("timestamp", Long.toString(at.getEpochSecond()));
        fields.put("nonce", UUID.randomUUID().toString());
        return fields;
    }

    static HttpResponse<String> postCarrier(Map<String, String> fields) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        fields.forEach(body::add);
        return IdentityIT.post("/inventory/carriers/sandbox/callbacks", body.build().toString(), null);
    }

    static List<String> statuses(JsonObject order) {
        return order.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(h -> h.getString("status")).toList();
    }
}
