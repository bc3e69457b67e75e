package it.shop;

import static it.shop.IdentityIT.authorized;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.jms.JMSConsumer;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** A shopper going through checkout, as the system tests drive it over the public URLs. */
record Shopping(String username, String token, String userId, String addressId) {

    /** A new shopper with one address; {@code prefix} picks test-only faults (payfail, slowpay). */
    static Shopping shopper(String prefix) {
        String username = prefix + IdentityIT.uniqueName().substring(1, 16);
        HttpResponse<String> registered = IdentityIT.post("/user/auth/register",
                "{\"username\":\"" + username + "\",\"password\":\"" + IdentityIT.PASSWORD + "\"}", null);
        assertEquals(201, registered.statusCode(), registered.body());
        String token = IdentityIT.login(username, IdentityIT.PASSWORD).getString("accessToken");
        HttpResponse<String> address = IdentityIT.post("/user/me/addresses", IdentityIT.ADDRESS, token);
        assertEquals(201, address.statusCode(), address.body());
        return new Shopping(username, token, json(registered).getString("id"), json(address).getString("id"));
    }

    static Shopping shopper() {
        return shopper("u");
    }

    /** {@code POST /order/orders} with the given SKU/quantity pairs. */
    HttpResponse<String> order(Object... skuAndQuantity) {
        return orderWithKey(null, skuAndQuantity);
    }

    HttpResponse<String> orderWithKey(String idempotencyKey, Object... skuAndQuantity) {
        return orderBody(idempotencyKey, body(addressId, skuAndQuantity));
    }

    HttpResponse<String> orderBody(String idempotencyKey, String body) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(RunningShop.PUBLIC + "/order/orders"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return RunningShop.send(request);
    }

    /** A placed order (201), as the shopper got it. */
    JsonObject placed(Object... skuAndQuantity) {
        HttpResponse<String> placed = order(skuAndQuantity);
        assertEquals(201, placed.statusCode(), placed.body());
        return json(placed);
    }

    static String body(String addressId, Object... skuAndQuantity) {
        var items = Json.createArrayBuilder();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            items.add(Json.createObjectBuilder().add("skuId", (String) skuAndQuantity[i]).add("quantity", (Integer) skuAndQuantity[i + 1]));
        }
        return Json.createObjectBuilder().add("items", items).add("addressId", addressId).build().toString();
    }

    HttpResponse<String> get(String path) {
        return authorized("GET", path, null, token);
    }

    HttpResponse<String> post(String path, String body) {
        return authorized("POST", path, body, token);
    }

    JsonObject orderDetail(String orderId) {
        HttpResponse<String> detail = get("/order/orders/" + orderId);
        assertEquals(200, detail.statusCode(), detail.body());
        return json(detail);
    }

    JsonObject payment(String paymentId) {
        HttpResponse<String> payment = get("/payment/payments/" + paymentId);
        assertEquals(200, payment.statusCode(), payment.body());
        return json(payment);
    }

    /** Pays through the sandbox provider (202); the provider calls back shortly. */
    void pay(String paymentId, String outcome) {
        HttpResponse<String> accepted = post("/payment/sandbox/pay/" + paymentId, "{\"outcome\":\"" + outcome + "\"}");
        assertEquals(202, accepted.statusCode(), accepted.body());
    }

    /** Waits until the order has the status (or fails with the last one seen). */
    JsonObject awaitOrder(String orderId, String status, long millis) {
        return await(() -> orderDetail(orderId), o -> status.equals(o.getString("status")), millis, "order " + status);
    }

    JsonObject awaitPayment(String paymentId, String status, long millis) {
        return await(() -> payment(paymentId), p -> status.equals(p.getString("status")), millis, "payment " + status);
    }

    long ordersListed() {
        HttpResponse<String> list = get("/order/orders");
        assertEquals(200, list.statusCode(), list.body());
        return json(list).getJsonNumber("total").longValue();
    }

    static <T> T await(java.util.function.Supplier<T> read, Predicate<T> done, long millis, String what) {
        long deadline = System.currentTimeMillis() + millis;
        T last = read.get();
        while (!done.test(last) && System.currentTimeMillis() < deadline) {
            SagaThroughCoordinatorIT.sleep(200);
            last = read.get();
        }
        if (!done.test(last)) {
            throw new AssertionError("waited " + millis + " ms for " + what + "; last seen: " + last);
        }
        return last;
    }

    /** Waits until the SKU's stock is exactly {available, reserved}. */
    static void awaitStock(String sku, int available, int reserved, long millis) {
        await(() -> StockReservationIT.stock(sku), s -> s[0] == available && s[1] == reserved, millis,
                "stock " + available + "/" + reserved + " of " + sku);
    }

    /** A provider callback for the payment, signed as the sandbox signs (CONTRACT.md). */
    static Map<String, String> callback(JsonObject payment, String status) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("paymentId", payment.getString("id"));
        fields.put("providerTxnId", "IT" + UUID.randomUUID().toString().replace("-", ""));
        fields.put("amount", Long.toString(payment.getJsonNumber("amount").longValue()));
        fields.put("currency", payment.getString("currency"));
        fields.put("status", status);
        fields.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
        fields.put("nonce", UUID.randomUUID().toString());
        return sign(fields);
    }

    /** Signs the fields with the shop's sandbox secret (replacing any signature). */
    static Map<String, String> sign(Map<String, String> fields) {
        StringJoiner text = new StringJoiner("&");
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!name.equals("signature")) {
                text.add(name + "=" + value);
            }
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(RunningShop.secret("SHOP_SANDBOX_SECRET").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            Map<String, String> signed = new LinkedHashMap<>(fields);
            signed.put("signature", java.util.HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8))));
            return signed;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> postCallback(Map<String, String> fields) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        fields.forEach(body::add);
        return IdentityIT.post("/payment/callbacks/sandbox", body.build().toString(), null);
    }

    /** Whether an event of the type for this shopper ({@code data.userId}) arrives within {@code millis}. */
    static boolean anyEventOfShopper(JMSConsumer consumer, String userId, String type, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            Message message = consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
            if (message == null) {
                return false;
            }
            JsonObject event = (JsonObject) RunningShop.parse(message.getBody(String.class));
            if (type.equals(event.getString("type")) && userId.equals(event.getJsonObject("data").getString("userId", ""))) {
                return true;
            }
        }
        return false;
    }

    /** The next event on the consumer about {@code subject} with the given type, or null after {@code millis}. */
    static JsonObject nextEvent(JMSConsumer consumer, String subject, String type, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            Message message = consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
            if (message == null) {
                return null;
            }
            JsonObject event = (JsonObject) RunningShop.parse(message.getBody(String.class));
            assertEquals(event.getString("type"), message.getStringProperty("ce_type"), "ce_type mirrors the type");
            if (subject.equals(event.getString("subject")) && type.equals(event.getString("type"))) {
                return event;
            }
        }
        return null;
    }
}
