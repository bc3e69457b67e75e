package shop.payment.provider.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import shop.payment.provider.entity.PaymentOrder;
import shop.payment.provider.entity.ProviderNotification;
import shop.payment.provider.entity.ProviderNotification.Kind;
import shop.payment.provider.entity.ProviderNotification.Outcome;
import shop.payment.provider.entity.ProviderRequest;
import shop.payment.provider.entity.ProviderResponse;
import shop.payment.provider.entity.RefundOrder;
import shop.payment.provider.entity.StatementEntry;

/** Alipay (RSA2) against recorded messages signed with TEST-ONLY keys. */
class AlipayProviderTest {

    private static final String PAYMENT_ID = ProviderSampleMaker.PAYMENT_ID;
    private static final String REFUND_ID = ProviderSampleMaker.REFUND_ID;

    private final AlipayProvider alipay = new AlipayProvider(Samples.alipay(), Samples.clockAt("2024-06-11T02:00:00Z"));
    private final PublicKey appPublicKey = ProviderKeys.publicKey(Samples.text("alipay-TEST-ONLY-app-public.pem"));

    private static RefundOrder refund() {
        return new RefundOrder(REFUND_ID, PAYMENT_ID, 1000, 8888, "CNY", "退货", null);
    }

    private ProviderNotification notification(String sample) {
        return alipay.readNotification(Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), Samples.text(sample));
    }

    @Test
    void the_signing_string_is_the_sorted_non_empty_parameters_without_sign_and_not_url_encoded() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("timestamp", "2024-06-11 10:00:00");
        parameters.put("app_id", "2021000000000001");
        parameters.put("method", "alipay.trade.page.pay");
        parameters.put("sign", "ignored");
        parameters.put("sign_type", "RSA2");
        parameters.put("charset", "utf-8");
        parameters.put("notify_url", "https://shop.example/payment/callbacks/alipay?x=1&y=2");
        parameters.put("return_url", "");
        parameters.put("version", "1.0");
        parameters.put("biz_content", "{\"out_trade_no\":\"P1\",\"total_amount\":\"88.88\",\"subject\":\"小店\"}");
        assertEquals("app_id=2021000000000001&biz_content={\"out_trade_no\":\"P1\",\"total_amount\":\"88.88\",\"subject\":\"小店\"}"
                + "&charset=utf-8&method=alipay.trade.page.pay&notify_url=https://shop.example/payment/callbacks/alipay?x=1&y=2"
                + "&sign_type=RSA2&timestamp=2024-06-11 10:00:00&version=1.0", AlipayProvider.requestSigningText(parameters));
        assertEquals("app_id=2021000000000001&biz_content={\"out_trade_no\":\"P1\",\"total_amount\":\"88.88\",\"subject\":\"小店\"}"
                + "&charset=utf-8&method=alipay.trade.page.pay&notify_url=https://shop.example/payment/callbacks/alipay?x=1&y=2"
                + "&timestamp=2024-06-11 10:00:00&version=1.0", AlipayProvider.notificationSigningText(parameters),
                "notifications leave sign_type out too");
    }

    @Test
    void a_page_pay_request_carries_the_documented_parameters_signed_with_the_app_key() {
        ProviderRequest request = alipay.payRequest(new PaymentOrder(PAYMENT_ID, 8888, "CNY", "小店订单", "https://shop.example/notify"));
        Map<String, String> parameters = request.parameters();
        assertEquals(List.of("app_id", "method", "charset", "sign_type", "timestamp", "version", "notify_url", "biz_content", "sign"),
                List.copyOf(parameters.keySet()));
        assertEquals("alipay.trade.page.pay", parameters.get("method"));
        assertEquals("2024-06-11 10:00:00", parameters.get("timestamp"), "Beijing time");
        assertEquals("{\"out_trade_no\":\"0190f5c36b2a7d4e9f0123456789abcd\",\"total_amount\":\"88.88\",\"subject\":\"小店订单\","
                + "\"product_code\":\"FAST_INSTANT_TRADE_PAY\"}", parameters.get("biz_content"));
        assertEquals("app_id=2021000000000001&biz_content=" + parameters.get("biz_content")
                + "&charset=utf-8&method=alipay.trade.page.pay&notify_url=https://shop.example/notify&sign_type=RSA2"
                + "&timestamp=2024-06-11 10:00:00&version=1.0", AlipayProvider.requestSigningText(parameters));
        assertTrue(ProviderKeys.verify(AlipayProvider.requestSigningText(parameters), parameters.get("sign"), appPublicKey));
        assertEquals("GET", request.method());
        assertTrue(request.url().toString().startsWith("https://openapi.alipay.com/gateway.do?app_id=2021000000000001&method="));
        String query = request.url().getRawQuery();
        assertTrue(query.contains("&sign=" + java.net.URLEncoder.encode(parameters.get("sign"), StandardCharsets.UTF_8)));
    }

    @Test
    void a_refund_request_is_a_signed_form_post() {
        ProviderRequest request = alipay.refundRequest(refund());
        assertEquals("POST", request.method());
        assertEquals("alipay.trade.refund", request.parameters().get("method"));
        assertEquals("{\"out_trade_no\":\"0190f5c36b2a7d4e9f0123456789abcd\",\"refund_amount\":\"10.00\","
                + "\"out_request_no\":\"0190f5c4111172228333444455556666\",\"refund_reason\":\"退货\"}",
                request.parameters().get("biz_content"));
        assertFalse(request.parameters().containsKey("notify_url"), "no notify URL asked for");
        assertTrue(ProviderKeys.verify(AlipayProvider.requestSigningText(request.parameters()), request.parameters().get("sign"),
                appPublicKey));
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.body().split("&")) {
            String[] nameValue = pair.split("=", 2);
            form.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        assertEquals(request.parameters(), form);
    }

    @Test
    void a_payment_notification_is_verified_and_read_in_fen() {
        ProviderNotification paid = notification("alipay-payment-notification.txt");
        assertEquals(new ProviderNotification(Kind.PAYMENT, PAYMENT_ID, null, "2024061122001401231234567890", 8888, "CNY",
                Outcome.SUCCEEDED, Instant.parse("2024-06-11T02:00:05Z")), paid);
    }

    @Test
    void a_raised_amount_breaks_the_signature() {
        assertThrows(InvalidProviderSignature.class, () -> notification("alipay-payment-notification-tampered-amount.txt"));
    }

    @Test
    void a_notification_for_another_app_is_refused() {
        MalformedProviderMessage refused = assertThrows(MalformedProviderMessage.class,
                () -> notification("alipay-payment-notification-other-app.txt"));
        assertTrue(refused.getMessage().contains("2021000000000099"));
    }

    @Test
    void a_signed_amount_with_a_fraction_of_a_fen_is_malformed() {
        assertThrows(MalformedProviderMessage.class, () -> notification("alipay-payment-notification-fraction-of-fen.txt"));
    }

    @Test
    void a_notification_signed_with_another_key_is_refused() {
        // Our own app key pair is not Alipay's: a notification must verify with Alipay's key only.
        AlipaySettings wrongKey = new AlipaySettings(ProviderSampleMaker.ALIPAY_APP_ID, Samples.alipay().privateKey(), appPublicKey,
                AlipaySettings.PRODUCTION_GATEWAY);
        AlipayProvider other = new AlipayProvider(wrongKey, Samples.clockAt("2024-06-11T02:00:00Z"));
        assertThrows(InvalidProviderSignature.class,
                () -> other.readNotification(Map.of(), Samples.text("alipay-payment-notification.txt")));
    }

    @Test
    void an_unsigned_or_rsa1_notification_is_refused() {
        String body = Samples.text("alipay-payment-notification.txt");
        assertThrows(InvalidProviderSignature.class, () -> alipay.readNotification(Map.of(), body.replaceAll("&sign=[^&]*", "")));
        assertThrows(InvalidProviderSignature.class, () -> alipay.readNotification(Map.of(), body.replace("sign_type=RSA2", "sign_type=RSA")));
        assertThrows(InvalidProviderSignature.class, () -> alipay.readNotification(Map.of(), body + "&total_amount=1.00"),
                "a repeated field");
    }

    @Test
    void a_refund_notification_names_our_refund_and_what_has_been_refunded() {
        ProviderNotification refunded = notification("alipay-refund-notification.txt");
        assertEquals(new ProviderNotification(Kind.REFUND, PAYMENT_ID, REFUND_ID, "2024061122001401231234567890", 1000, "CNY",
                Outcome.SUCCEEDED, Instant.parse("2024-06-12T01:00:00.320Z")), refunded);
    }

    @Test
    void the_refund_answer_is_verified_over_the_response_text_as_received() {
        ProviderNotification answer = alipay.readRefundAnswer(refund(),
                new ProviderResponse(200, Map.of(), Samples.text("alipay-refund-answer.json")));
        assertEquals(new ProviderNotification(Kind.REFUND, PAYMENT_ID, REFUND_ID, "2024061122001401231234567890", 1000, "CNY",
                Outcome.SUCCEEDED, Instant.parse("2024-06-12T01:00:00Z")), answer);
    }

    @Test
    void a_tampered_refund_answer_is_refused() {
        assertThrows(InvalidProviderSignature.class, () -> alipay.readRefundAnswer(refund(),
                new ProviderResponse(200, Map.of(), Samples.text("alipay-refund-answer-tampered.json"))));
        String reformatted = Samples.text("alipay-refund-answer.json").replace("\"code\": \"10000\"", "\"code\":\"10000\"");
        assertThrows(InvalidProviderSignature.class, () -> alipay.readRefundAnswer(refund(), new ProviderResponse(200, Map.of(), reformatted)),
                "even white space is covered: the JSON must not be re-serialized");
    }

    @Test
    void a_refused_refund_is_a_failure() {
        ProviderNotification refused = alipay.readRefundAnswer(refund(),
                new ProviderResponse(200, Map.of(), Samples.text("alipay-refund-answer-refused.json")));
        assertEquals(Outcome.FAILED, refused.outcome());
        assertNull(refused.providerTxnId());
    }

    @Test
    void the_raw_member_is_found_whatever_precedes_it() {
        String json = "{ \"a\" : [1, {\"alipay_trade_refund_response\": \"}\"}], \"b\\\"\":null ,\"alipay_trade_refund_response\" :"
                + " {\"x\": \"y}\\\"\" , \"n\":[ -1.5e3 ,true]} }";
        assertEquals("{\"x\": \"y}\\\"\" , \"n\":[ -1.5e3 ,true]}", ProviderJson.rawMember(json, "alipay_trade_refund_response"));
        assertNull(ProviderJson.rawMember(json, "sign"));
        JsonObject parsed = ProviderJson.object(ProviderJson.rawMember(json, "alipay_trade_refund_response"));
        assertEquals("y}\"", parsed.getString("x"));
    }

    @Test
    void the_statement_lists_payments_and_refunds_in_fen() {
        List<StatementEntry> entries = alipay.readStatement(Samples.text("alipay-statement.csv"));
        assertEquals(List.of(
                new StatementEntry(PAYMENT_ID, null, "2024061122001401231234567890", Kind.PAYMENT, 8888, "CNY",
                        Instant.parse("2024-06-11T02:00:05Z")),
                new StatementEntry("0190f5c5-6d7e-7f80-a1b2-c3d4e5f60718", null, "2024061122001401231234567891", Kind.PAYMENT, 1, "CNY",
                        Instant.parse("2024-06-11T03:30:09Z")),
                new StatementEntry(PAYMENT_ID, REFUND_ID, "2024061122001401231234567890", Kind.REFUND, 1000, "CNY",
                        Instant.parse("2024-06-11T08:20:00Z"))), entries);
    }

    @Test
    void a_statement_line_with_a_fraction_of_a_fen_is_malformed() {
        String statement = Samples.text("alipay-statement.csv").replace(",0.01\t", ",0.015\t");
        assertThrows(MalformedProviderMessage.class, () -> alipay.readStatement(statement));
    }

    @Test
    void only_cny_is_asked_for() {
        assertThrows(IllegalArgumentException.class,
                () -> alipay.payRequest(new PaymentOrder(PAYMENT_ID, 100, "USD", "x", "https://shop.example/notify")));
    }

    @Test
    void the_settings_never_print_the_keys() {
        assertEquals("AlipaySettings[appId=2021000000000001, gateway=https://openapi.alipay.com/gateway.do]", Samples.alipay().toString());
    }
}
