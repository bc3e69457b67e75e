package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static it.shop.StockReservationIT.skuWithStock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import jakarta.json.JsonObject;

/**
 * Alipay end to end against a stand-in gateway in this test JVM (no real Alipay is reachable):
 * the shop under test is configured with test-only keys (RunningShop.FAULTS). The shopper picks
 * Alipay at the cashier and gets the signed page-pay request; Alipay's signed notification pays
 * the order; a cancellation refunds through the gateway's alipay.trade.refund, whose signed answer
 * the shop verifies. Forged notifications change nothing.
 */
class AlipayIT {

    static final String APP_ID = "2021000000000001";
    private static final long SETTLE = 20_000;
    private static final Path SAMPLES = RunningShop.ROOT.resolve("payment-war/src/test/resources/provider-samples");
    private static final List<Map<String, String>> REFUNDS_ASKED = new CopyOnWriteArrayList<>();
    /** How the stand-in gateway answers a refund of a trade (by out_trade_no): made (default), refused, or processing. */
    private static final Map<String, String> REFUND_ANSWERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static HttpServer gateway;

    /** The stand-in gateway answers alipay.trade.refund with a signed success, as Alipay does. */
    @BeforeAll
    static void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", RunningShop.PROVIDER_PORT), 0);
        gateway.createContext("/gateway.do", exchange -> {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            REFUNDS_ASKED.add(form);
            JsonObject content = (JsonObject) RunningShop.parse(form.get("biz_content"));
            String mode = REFUND_ANSWERS.getOrDefault(content.getString("out_trade_no"), "made");
            String response = mode.equals("refused")
                    ? "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_HAS_CLOSE\",\"sub_msg\":\"交易已经关闭\"}"
                    : "{\"code\":\"10000\",\"msg\":\"Success\",\"buyer_logon_id\":\"159****5620\",\"fund_change\":\""
                    + (mode.equals("processing") ? "N" : "Y") + "\","
                    + "\"gmt_refund_pay\":\"2026-11-28 12:00:00\",\"out_trade_no\":\"" + content.getString("out_trade_no") + "\","
                    + "\"refund_fee\":\"" + content.getString("refund_amount") + "\",\"trade_no\":\"2026112822001401230000000001\"}";
            byte[] body = ("{\"alipay_trade_refund_response\":" + response + ",\"sign\":\"" + sign(response, key("alipay-TEST-ONLY-platform-private.pem"))
                    + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
    }

    @AfterAll
    static void stopGateway() {
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    @Test
    void a_shopper_pays_with_alipay_and_a_cancellation_is_refunded_through_alipay() throws Exception {
        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(skuWithStock(3, 999), 1);
        String paymentId = order.getString("paymentId");
        long payable = order.getJsonObject("totals").getJsonNumber("payable").longValue();

        HttpResponse<String> cashier = shopper.post("/payment/payments/" + paymentId + "/pay-request", "{\"provider\":\"alipay\"}");
        assertEquals(200, cashier.statusCode(), cashier.body());
        JsonObject request = json(cashier);
        JsonObject parameters = request.getJsonObject("parameters");
        assertEquals("alipay.trade.page.pay", parameters.getString("method"));
        assertEquals(APP_ID, parameters.getString("app_id"));
        assertTrue(request.getString("url").startsWith("http://127.0.0.1:" + RunningShop.PROVIDER_PORT + "/gateway.do?"));
        Map<String, String> signed = new TreeMap<>();
        parameters.forEach((name, value) -> signed.put(name, parameters.getString(name)));
        assertTrue(verify(signingText(signed, "sign"), signed.get("sign"), publicKey("alipay-TEST-ONLY-app-public.pem")),
                "the page-pay request is signed with the merchant's key");
        JsonObject content = (JsonObject) RunningShop.parse(parameters.getString("biz_content"));
        assertEquals(paymentId.replace("-", ""), content.getString("out_trade_no"));
        assertEquals(yuan(payable), content.getString("total_amount"));
        assertEquals("alipay", shopper.payment(paymentId).getString("provider"));

        // Alipay's notification: forged ones are refused and change nothing; the real one pays the order.
        Map<String, String> paid = notification(paymentId, yuan(payable));
        Map<String, String> tampered = new LinkedHashMap<>(paid);
        tampered.put("total_amount", "0.01");
        assertProblem(notify(tampered), 401, "UNAUTHORIZED");
        Map<String, String> otherApp = notification(paymentId, yuan(payable));
        otherApp.put("app_id", "2021999999999999");
        otherApp.put("sign", sign(signingText(otherApp, "sign", "sign_type"), key("alipay-TEST-ONLY-platform-private.pem")));
        assertProblem(notify(otherApp), 400, "VALIDATION_FAILED");
        assertEquals("PENDING", shopper.payment(paymentId).getString("status"));

        HttpResponse<String> accepted = notify(paid);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("success", accepted.body(), "the acknowledgement Alipay expects");
        shopper.awaitOrder(order.getString("id"), "PAID", SETTLE);
        HttpResponse<String> again = notify(paid);
        assertEquals("success", again.body(), "a repeated notification is acknowledged and changes nothing");
        assertEquals("SUCCEEDED", shopper.payment(paymentId).getString("status"));

        // Cancelled before shipping: the refund goes through Alipay's gateway, keyed by the refund id.
        assertEquals(200, shopper.post("/order/orders/" + order.getString("id") + "/cancel", null).statusCode());
        shopper.awaitOrder(order.getString("id"), "REFUNDED", SETTLE);
        JsonObject payment = shopper.awaitPayment(paymentId, "REFUNDED", SETTLE);
        assertEquals(payable, payment.getJsonNumber("refunded").longValue());
        Map<String, String> asked = REFUNDS_ASKED.stream().filter(f -> f.get("biz_content").contains(paymentId.replace("-", "")))
                .findFirst().orElseThrow(() -> new AssertionError("no alipay.trade.refund for the payment: " + REFUNDS_ASKED));
        assertEquals("alipay.trade.refund", asked.get("method"));
        assertTrue(verify(signingText(asked, "sign"), asked.get("sign"), publicKey("alipay-TEST-ONLY-app-public.pem")));
        JsonObject refund = (JsonObject) RunningShop.parse(asked.get("biz_content"));
        assertEquals(yuan(payable), refund.getString("refund_amount"));
        assertEquals(32, refund.getString("out_request_no").length(), "the refund id, as Alipay's request number");
    }

    /** An order paid with Alipay (its notification applied): {shopper, order}. */
    private static Object[] paidWithAlipay() throws Exception {
        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(skuWithStock(3, 999), 1);
        String paymentId = order.getString("paymentId");
        assertEquals(200, shopper.post("/payment/payments/" + paymentId + "/pay-request", "{\"provider\":\"alipay\"}").statusCode());
        assertEquals("success", notify(notification(paymentId, yuan(order.getJsonObject("totals").getJsonNumber("payable").longValue()))).body());
        shopper.awaitOrder(order.getString("id"), "PAID", SETTLE);
        return new Object[] {shopper, order};
    }

    @Test
    void a_refund_alipay_refuses_leaves_the_order_paid_and_nothing_refunded() throws Exception {
        Object[] paid = paidWithAlipay();
        Shopping shopper = (Shopping) paid[0];
        JsonObject order = (JsonObject) paid[1];
        REFUND_ANSWERS.put(order.getString("paymentId").replace("-", ""), "refused");
        shopper.post("/order/orders/" + order.getString("id") + "/cancel", null);
        JsonObject after = Shopping.await(() -> shopper.orderDetail(order.getString("id")),
                o -> "PAID".equals(o.getString("status")) && o.getJsonArray("history").size() > 2, SETTLE, "the refund to be refused");
        List<JsonObject> history = after.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(List.of("PENDING_PAYMENT", "PAID", "REFUNDING", "PAID"), ShippingIT.statuses(after));
        assertEquals("REFUND_FAILED", history.get(history.size() - 1).getString("reason"));
        JsonObject payment = shopper.payment(order.getString("paymentId"));
        assertEquals("SUCCEEDED", payment.getString("status"));
        assertEquals(0, payment.getJsonNumber("refunded").longValue());
    }

    @Test
    void a_refund_alipay_is_still_processing_completes_when_its_notification_arrives() throws Exception {
        Object[] paid = paidWithAlipay();
        Shopping shopper = (Shopping) paid[0];
        JsonObject order = (JsonObject) paid[1];
        String paymentId = order.getString("paymentId");
        long payable = order.getJsonObject("totals").getJsonNumber("payable").longValue();
        REFUND_ANSWERS.put(paymentId.replace("-", ""), "processing");
        assertEquals(200, shopper.post("/order/orders/" + order.getString("id") + "/cancel", null).statusCode());
        Operator finance = new Operator();
        JsonObject pending = Shopping.await(() -> json(finance.send("GET", "/payment/refunds?orderId=" + order.getString("id"), null)),
                r -> r.getJsonArray("items").size() == 1, SETTLE, "the pending refund").getJsonArray("items").getJsonObject(0);
        assertEquals("PENDING", pending.getString("status"));
        assertEquals("REFUNDING", shopper.orderDetail(order.getString("id")).getString("status"), "waits for Alipay");

        // Alipay's refund notification settles it; the refund saga, asking again, closes.
        Map<String, String> refunded = new LinkedHashMap<>();
        refunded.put("notify_time", "2026-11-28 12:10:00");
        refunded.put("notify_type", "trade_status_sync");
        refunded.put("notify_id", UUID.randomUUID().toString().replace("-", ""));
        refunded.put("app_id", APP_ID);
        refunded.put("charset", "utf-8");
        refunded.put("version", "1.0");
        refunded.put("sign_type", "RSA2");
        refunded.put("trade_no", "2026112822001401230000000002");
        refunded.put("out_trade_no", paymentId.replace("-", ""));
        refunded.put("out_biz_no", pending.getString("id").replace("-", ""));
        refunded.put("refund_fee", yuan(payable));
        refunded.put("trade_status", "TRADE_CLOSED");
        refunded.put("gmt_refund", "2026-11-28 12:09:59");
        refunded.put("sign", sign(signingText(refunded, "sign", "sign_type"), key("alipay-TEST-ONLY-platform-private.pem")));
        assertEquals("success", notify(refunded).body());
        // The shop under test carries stalled refunds on after 5 s (RunningShop.FAULTS).
        shopper.awaitOrder(order.getString("id"), "REFUNDED", 60_000);
        assertEquals("REFUNDED", shopper.payment(paymentId).getString("status"));
        assertEquals("SUCCEEDED", json(finance.send("GET", "/payment/refunds/" + pending.getString("id"), null)).getString("status"));
    }

    @Test
    void a_notification_is_for_a_payment_made_with_alipay_only() throws Exception {
        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(skuWithStock(3, 999), 1);
        String paymentId = order.getString("paymentId");
        long payable = order.getJsonObject("totals").getJsonNumber("payable").longValue();
        // Never sent to Alipay (still the sandbox's): a genuine-looking notification is refused.
        assertProblem(notify(notification(paymentId, yuan(payable))), 400, "VALIDATION_FAILED");
        assertProblem(notify(notification(UUID.randomUUID().toString(), "1.00")), 404, "NOT_FOUND");
        assertProblem(shopper.post("/payment/payments/" + paymentId + "/pay-request", "{\"provider\":\"paypal\"}"), 400, "VALIDATION_FAILED");
        assertProblem(Shopping.shopper().post("/payment/payments/" + paymentId + "/pay-request", "{\"provider\":\"alipay\"}"), 404, "NOT_FOUND");
        assertEquals("PENDING_PAYMENT", shopper.orderDetail(order.getString("id")).getString("status"));
    }

    /** A TRADE_SUCCESS notification for the payment, signed with Alipay's (test-only) key. */
    static Map<String, String> notification(String paymentId, String totalAmount) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("notify_time", "2026-11-28 12:00:06");
        fields.put("notify_type", "trade_status_sync");
        fields.put("notify_id", UUID.randomUUID().toString().replace("-", ""));
        fields.put("app_id", APP_ID);
        fields.put("charset", "utf-8");
        fields.put("version", "1.0");
        fields.put("sign_type", "RSA2");
        fields.put("trade_no", "20261128220014" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L));
        fields.put("out_trade_no", paymentId.replace("-", ""));
        fields.put("trade_status", "TRADE_SUCCESS");
        fields.put("total_amount", totalAmount);
        fields.put("gmt_payment", "2026-11-28 12:00:05");
        fields.put("sign", sign(signingText(fields, "sign", "sign_type"), key("alipay-TEST-ONLY-platform-private.pem")));
        return fields;
    }

    static HttpResponse<String> notify(Map<String, String> fields) {
        StringJoiner form = new StringJoiner("&");
        fields.forEach((name, value) -> form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return RunningShop.send(HttpRequest.newBuilder(URI.create(RunningShop.PUBLIC + "/payment/callbacks/alipay"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    static String signingText(Map<String, String> fields, String... excluded) {
        StringJoiner text = new StringJoiner("&");
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!List.of(excluded).contains(name) && value != null && !value.isEmpty()) {
                text.add(name + "=" + value);
            }
        });
        return text.toString();
    }

    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    static String sign(String text, PrivateKey key) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(String text, String signature, PublicKey key) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(text.getBytes(StandardCharsets.UTF_8));
        return rsa.verify(Base64.getDecoder().decode(signature));
    }

    static PrivateKey key(String file) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey publicKey(String file) throws Exception {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pem(file)));
    }

    private static byte[] pem(String file) throws IOException {
        return Base64.getMimeDecoder().decode(Files.readString(SAMPLES.resolve(file)).replaceAll("-----[A-Z ]+-----", ""));
    }
}
