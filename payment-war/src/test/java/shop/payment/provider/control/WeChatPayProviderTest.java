package shop.payment.provider.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PublicKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import shop.payment.provider.entity.Acknowledgement;
import shop.payment.provider.entity.PaymentOrder;
import shop.payment.provider.entity.ProviderNotification;
import shop.payment.provider.entity.ProviderNotification.Kind;
import shop.payment.provider.entity.ProviderNotification.Outcome;
import shop.payment.provider.entity.ProviderRequest;
import shop.payment.provider.entity.ProviderResponse;
import shop.payment.provider.entity.RefundOrder;
import shop.payment.provider.entity.StatementEntry;

/** WeChat Pay (API v3) against recorded messages signed and encrypted with TEST-ONLY keys. */
class WeChatPayProviderTest {

    private static final String PAYMENT_ID = ProviderSampleMaker.PAYMENT_ID;
    private static final String REFUND_ID = ProviderSampleMaker.REFUND_ID;
    /** One minute after the payment notification was sent (1718071206). */
    private static final String PAID_PLUS_A_MINUTE = "2024-06-11T02:01:06Z";

    private final PublicKey merchantPublicKey = ProviderKeys.publicKey(Samples.text("wechat-TEST-ONLY-merchant-public.pem"));

    private static WeChatPayProvider at(String instant) {
        return new WeChatPayProvider(Samples.wechat(), Samples.clockAt(instant), () -> "593BEC0C930BF1AFEB40B4A08C8FB242");
    }

    private static ProviderNotification read(WeChatPayProvider wechat, String headers, String body) {
        return wechat.readNotification(Samples.headers(headers), Samples.text(body));
    }

    private static RefundOrder refund() {
        return new RefundOrder(REFUND_ID, PAYMENT_ID, 1000, 8888, "CNY", "退货", "https://shop.example/refunds");
    }

    @Test
    void the_request_signing_string_is_as_documented() {
        assertEquals("POST\n/v3/pay/transactions/native\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{\"a\":1}\n",
                WeChatPayProvider.requestSigningText("POST", "/v3/pay/transactions/native", 1554208460, "593BEC0C930BF1AFEB40B4A08C8FB242",
                        "{\"a\":1}"));
        assertEquals("GET\n/v3/certificates\n1554208460\nn\n\n", WeChatPayProvider.requestSigningText("GET", "/v3/certificates", 1554208460,
                "n", null), "a GET signs an empty body line");
        assertEquals("1554208460\nn\n{}\n", WeChatPayProvider.responseSigningText("1554208460", "n", "{}"));
    }

    @Test
    void a_native_order_carries_the_documented_body_and_a_verifiable_authorization() {
        ProviderRequest request = at(PAID_PLUS_A_MINUTE)
                .payRequest(new PaymentOrder(PAYMENT_ID, 8888, "CNY", "小店订单", "https://shop.example/payment/callbacks/wechat"));
        assertEquals("POST", request.method());
        assertEquals("https://api.mch.weixin.qq.com/v3/pay/transactions/native", request.url().toString());
        assertEquals("{\"appid\":\"wxd678efh567hg6787\",\"mchid\":\"1900000109\",\"description\":\"小店订单\","
                + "\"out_trade_no\":\"0190f5c36b2a7d4e9f0123456789abcd\",\"notify_url\":\"https://shop.example/payment/callbacks/wechat\","
                + "\"amount\":{\"total\":8888,\"currency\":\"CNY\"}}", request.body());
        assertAuthorized(request, "/v3/pay/transactions/native", 1718071266);
    }

    @Test
    void a_refund_request_carries_the_documented_body_and_a_verifiable_authorization() {
        ProviderRequest request = at(PAID_PLUS_A_MINUTE).refundRequest(refund());
        assertEquals("https://api.mch.weixin.qq.com/v3/refund/domestic/refunds", request.url().toString());
        assertEquals("{\"out_trade_no\":\"0190f5c36b2a7d4e9f0123456789abcd\",\"out_refund_no\":\"0190f5c4111172228333444455556666\","
                + "\"reason\":\"退货\",\"notify_url\":\"https://shop.example/refunds\",\"amount\":{\"refund\":1000,\"total\":8888,\"currency\":\"CNY\"}}",
                request.body());
        assertAuthorized(request, "/v3/refund/domestic/refunds", 1718071266);
    }

    private void assertAuthorized(ProviderRequest request, String path, long timestamp) {
        Matcher header = Pattern.compile("WECHATPAY2-SHA256-RSA2048 mchid=\"1900000109\",nonce_str=\"([^\"]+)\",signature=\"([^\"]+)\","
                + "timestamp=\"(\\d+)\",serial_no=\"5157F09EFDC096DE15EBE81A47057A7232F1B8E1\"").matcher(request.headers().get("Authorization"));
        assertTrue(header.matches(), request.headers().get("Authorization"));
        assertEquals("593BEC0C930BF1AFEB40B4A08C8FB242", header.group(1));
        assertEquals(Long.toString(timestamp), header.group(3));
        String signed = WeChatPayProvider.requestSigningText("POST", path, timestamp, header.group(1), request.body());
        assertTrue(ProviderKeys.verify(signed, header.group(2), merchantPublicKey), "verifies with the merchant's public key");
    }

    @Test
    void a_payment_notification_is_verified_decrypted_and_read_in_fen() {
        ProviderNotification paid = read(at(PAID_PLUS_A_MINUTE), "wechat-payment-notification.headers", "wechat-payment-notification.json");
        assertEquals(new ProviderNotification(Kind.PAYMENT, PAYMENT_ID, null, "4200000000202406111234567890", 8888, "CNY",
                Outcome.SUCCEEDED, Instant.parse("2024-06-11T02:00:05Z")), paid);
    }

    @Test
    void header_names_may_come_in_any_case() {
        Map<String, String> lower = new HashMap<>();
        Samples.headers("wechat-payment-notification.headers").forEach((name, value) -> lower.put(name.toLowerCase(), value));
        assertEquals(8888, at(PAID_PLUS_A_MINUTE).readNotification(lower, Samples.text("wechat-payment-notification.json")).amount());
    }

    @Test
    void a_changed_body_breaks_the_signature() {
        assertThrows(InvalidProviderSignature.class,
                () -> read(at(PAID_PLUS_A_MINUTE), "wechat-payment-notification.headers", "wechat-payment-notification-tampered.json"));
    }

    @Test
    void a_changed_gcm_tag_is_refused_even_when_signed() {
        InvalidProviderSignature refused = assertThrows(InvalidProviderSignature.class,
                () -> read(at(PAID_PLUS_A_MINUTE), "wechat-payment-notification-bad-tag.headers", "wechat-payment-notification-bad-tag.json"));
        assertTrue(refused.getMessage().contains("decrypt"));
    }

    @Test
    void a_notification_older_or_newer_than_five_minutes_is_refused() {
        assertThrows(InvalidProviderSignature.class,
                () -> read(at("2024-06-11T02:05:07Z"), "wechat-payment-notification.headers", "wechat-payment-notification.json"));
        assertThrows(InvalidProviderSignature.class,
                () -> read(at("2024-06-11T01:55:05Z"), "wechat-payment-notification.headers", "wechat-payment-notification.json"));
        assertEquals(8888, read(at("2024-06-11T02:05:06Z"), "wechat-payment-notification.headers", "wechat-payment-notification.json")
                .amount(), "exactly 300 s is still in");
    }

    @Test
    void a_notification_for_another_merchant_is_refused() {
        MalformedProviderMessage refused = assertThrows(MalformedProviderMessage.class,
                () -> read(at(PAID_PLUS_A_MINUTE), "wechat-payment-notification-other-mch.headers", "wechat-payment-notification-other-mch.json"));
        assertTrue(refused.getMessage().contains("1900000999"));
    }

    @Test
    void an_unknown_serial_or_missing_header_is_refused() {
        Map<String, String> headers = new HashMap<>(Samples.headers("wechat-payment-notification.headers"));
        headers.put("Wechatpay-Serial", "PUB_KEY_ID_SOMEONE_ELSE");
        String body = Samples.text("wechat-payment-notification.json");
        assertThrows(InvalidProviderSignature.class, () -> at(PAID_PLUS_A_MINUTE).readNotification(headers, body));
        headers.remove("Wechatpay-Serial");
        assertThrows(InvalidProviderSignature.class, () -> at(PAID_PLUS_A_MINUTE).readNotification(headers, body));
    }

    @Test
    void a_wrong_api_v3_key_does_not_decrypt() {
        WeChatPaySettings settings = Samples.wechat();
        WeChatPaySettings otherKey = new WeChatPaySettings(settings.mchId(), settings.appId(), settings.serialNo(), settings.privateKey(),
                settings.platformKeys(), WeChatPaySettings.apiV3Key("0123456789abcdef0123456789abcdef"), settings.gateway());
        WeChatPayProvider wechat = new WeChatPayProvider(otherKey, Samples.clockAt(PAID_PLUS_A_MINUTE));
        assertThrows(InvalidProviderSignature.class,
                () -> read(wechat, "wechat-payment-notification.headers", "wechat-payment-notification.json"));
    }

    @Test
    void a_refund_notification_names_our_refund_and_its_amount() {
        ProviderNotification refunded = read(at("2024-06-12T01:01:00Z"), "wechat-refund-notification.headers", "wechat-refund-notification.json");
        assertEquals(new ProviderNotification(Kind.REFUND, PAYMENT_ID, REFUND_ID, "50000000382024061209000000001", 1000, "CNY",
                Outcome.SUCCEEDED, Instant.parse("2024-06-12T01:00:03Z")), refunded);
    }

    @Test
    void the_refund_answer_is_verified_and_processing_is_pending() {
        ProviderResponse answer = new ProviderResponse(200, Samples.headers("wechat-refund-answer.headers"), Samples.text("wechat-refund-answer.json"));
        ProviderNotification read = at("2024-06-12T01:00:01Z").readRefundAnswer(refund(), answer);
        assertEquals(new ProviderNotification(Kind.REFUND, PAYMENT_ID, REFUND_ID, "50000000382024061209000000001", 1000, "CNY",
                Outcome.PENDING, Instant.parse("2024-06-12T01:00:00Z")), read);
    }

    @Test
    void a_tampered_refund_answer_is_refused() {
        ProviderResponse answer = new ProviderResponse(200, Samples.headers("wechat-refund-answer.headers"),
                Samples.text("wechat-refund-answer-tampered.json"));
        assertThrows(InvalidProviderSignature.class, () -> at("2024-06-12T01:00:01Z").readRefundAnswer(refund(), answer));
    }

    @Test
    void an_answer_for_another_refund_is_refused() {
        ProviderResponse answer = new ProviderResponse(200, Samples.headers("wechat-refund-answer.headers"), Samples.text("wechat-refund-answer.json"));
        RefundOrder other = new RefundOrder("0190f5c4-9999-7222-8333-444455556666", PAYMENT_ID, 1000, 8888, "CNY", null, null);
        assertThrows(MalformedProviderMessage.class, () -> at("2024-06-12T01:00:01Z").readRefundAnswer(other, answer));
    }

    @Test
    void the_trade_bill_lists_payments_and_refunds_and_skips_the_summary() {
        List<StatementEntry> entries = at(PAID_PLUS_A_MINUTE).readStatement(Samples.text("wechat-statement.csv"));
        assertEquals(List.of(
                new StatementEntry(PAYMENT_ID, null, "4200000000202406111234567890", Kind.PAYMENT, 8888, "CNY",
                        Instant.parse("2024-06-11T02:00:05Z")),
                new StatementEntry("0190f5c5-6d7e-7f80-a1b2-c3d4e5f60718", null, "4200000000202406111234567899", Kind.PAYMENT,
                        100_000_000, "CNY", Instant.parse("2024-06-11T10:00:00Z")),
                new StatementEntry(PAYMENT_ID, REFUND_ID, "50000000382024061209000000001", Kind.REFUND, 1000, "CNY",
                        Instant.parse("2024-06-11T08:20:00Z"))), entries, "the revoked trade and the summary are no money movements");
    }

    @Test
    void acknowledgements_are_as_wechat_pay_expects() {
        WeChatPayProvider wechat = at(PAID_PLUS_A_MINUTE);
        assertEquals(new Acknowledgement(204, null, null), wechat.accepted());
        assertEquals(500, wechat.refused().status());
    }

    @Test
    void the_api_v3_key_must_be_32_bytes() {
        assertThrows(IllegalArgumentException.class, () -> WeChatPaySettings.apiV3Key("too short"));
    }

    @Test
    void a_payment_id_that_is_a_uuid_fits_in_32_characters_and_comes_back() {
        assertEquals("0190f5c36b2a7d4e9f0123456789abcd", MerchantNumbers.of(PAYMENT_ID));
        assertEquals(PAYMENT_ID, MerchantNumbers.id(MerchantNumbers.of(PAYMENT_ID)));
        assertEquals("ORDER_42", MerchantNumbers.of("ORDER_42"));
        assertEquals("ORDER_42", MerchantNumbers.id("ORDER_42"));
        assertThrows(IllegalArgumentException.class, () -> MerchantNumbers.of("not/allowed"));
    }
}
