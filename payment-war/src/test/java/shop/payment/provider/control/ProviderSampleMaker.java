package shop.payment.provider.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes the recorded sample messages under {@code src/test/resources/provider-samples}: not a
 * test, run by hand once, its output committed so that the tests verify fixed bytes. It uses
 * only the JDK and builds each message by hand from the providers' documentation, so that the
 * samples do not depend on the code they test.
 *
 * <p>The RSA keys it signs with are TEST-ONLY key pairs made the first time it runs (kept if
 * present); they protect nothing. Run from {@code payment-war} after {@code mvn test-compile}:
 * {@code java -cp target/test-classes shop.payment.provider.control.ProviderSampleMaker src/test/resources/provider-samples}
 */
public final class ProviderSampleMaker {

    static final String ALIPAY_APP_ID = "2021000000000001";
    static final String ALIPAY_OTHER_APP_ID = "2021000000000099";
    static final String WECHAT_MCH_ID = "1900000109";
    static final String WECHAT_OTHER_MCH_ID = "1900000999";
    static final String WECHAT_APP_ID = "wxd678efh567hg6787";
    static final String WECHAT_PLATFORM_SERIAL = "PUB_KEY_ID_0119000001092024061100000001000001";
    static final String API_V3_KEY = "TESTONLYapiV3key0123456789abcdef";

    static final String PAYMENT_ID = "0190f5c3-6b2a-7d4e-9f01-23456789abcd";
    static final String OUT_TRADE_NO = PAYMENT_ID.replace("-", "");
    static final String REFUND_ID = "0190f5c4-1111-7222-8333-444455556666";
    static final String OUT_REFUND_NO = REFUND_ID.replace("-", "");

    private final Path dir;

    private ProviderSampleMaker(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        ProviderSampleMaker maker = new ProviderSampleMaker(Path.of(args[0]));
        maker.alipay();
        maker.wechat();
    }

    private void alipay() throws Exception {
        PrivateKey alipay = key("alipay-TEST-ONLY-platform");
        key("alipay-TEST-ONLY-app");

        Map<String, String> paid = new LinkedHashMap<>();
        paid.put("gmt_create", "2024-06-11 10:00:00");
        paid.put("charset", "utf-8");
        paid.put("seller_email", "shop@example.com");
        paid.put("subject", "小店订单 0190f5c3");
        paid.put("buyer_id", "2088102177846880");
        paid.put("invoice_amount", "88.88");
        paid.put("notify_id", "2024061100222100005012345678901234");
        paid.put("fund_bill_list", "[{\"amount\":\"88.88\",\"fundChannel\":\"ALIPAYACCOUNT\"}]");
        paid.put("notify_type", "trade_status_sync");
        paid.put("trade_status", "TRADE_SUCCESS");
        paid.put("receipt_amount", "88.88");
        paid.put("app_id", ALIPAY_APP_ID);
        paid.put("buyer_pay_amount", "88.88");
        paid.put("sign_type", "RSA2");
        paid.put("seller_id", "2088101117955611");
        paid.put("gmt_payment", "2024-06-11 10:00:05");
        paid.put("notify_time", "2024-06-11 10:00:06");
        paid.put("version", "1.0");
        paid.put("out_trade_no", OUT_TRADE_NO);
        paid.put("total_amount", "88.88");
        paid.put("trade_no", "2024061122001401231234567890");
        paid.put("auth_app_id", ALIPAY_APP_ID);
        paid.put("buyer_logon_id", "159****5620");
        paid.put("point_amount", "0.00");
        String body = alipayForm(paid, alipay);
        write("alipay-payment-notification.txt", body);
        // The amount raised after signing: the signature no longer matches.
        write("alipay-payment-notification-tampered-amount.txt", body.replace("total_amount=88.88", "total_amount=8888.00"));

        Map<String, String> otherApp = new LinkedHashMap<>(paid);
        otherApp.put("app_id", ALIPAY_OTHER_APP_ID);
        otherApp.put("auth_app_id", ALIPAY_OTHER_APP_ID);
        write("alipay-payment-notification-other-app.txt", alipayForm(otherApp, alipay));

        Map<String, String> fractionOfFen = new LinkedHashMap<>(paid);
        fractionOfFen.put("total_amount", "88.885");
        write("alipay-payment-notification-fraction-of-fen.txt", alipayForm(fractionOfFen, alipay));

        Map<String, String> refunded = new LinkedHashMap<>(paid);
        refunded.put("notify_time", "2024-06-12 09:00:01");
        refunded.put("gmt_refund", "2024-06-12 09:00:00.320");
        refunded.put("refund_fee", "10.00");
        refunded.put("out_biz_no", OUT_REFUND_NO);
        write("alipay-refund-notification.txt", alipayForm(refunded, alipay));

        // The signature covers the response member's text as sent, spacing included.
        String response = "{\"code\": \"10000\",\"msg\":\"Success\",\"buyer_logon_id\":\"159****5620\",\"fund_change\":\"Y\","
                + "\"gmt_refund_pay\":\"2024-06-12 09:00:00\",\"out_trade_no\":\"" + OUT_TRADE_NO + "\",\"refund_fee\":\"10.00\","
                + "\"refund_detail_item_list\":[{\"amount\":\"10.00\",\"fund_channel\":\"ALIPAYACCOUNT\"}],"
                + "\"send_back_fee\":\"10.00\",\"trade_no\":\"2024061122001401231234567890\",\"buyer_user_id\":\"2088102177846880\"}";
        String answer = "{\"alipay_trade_refund_response\":" + response + ",\"sign\":\"" + sign(response, alipay) + "\"}";
        write("alipay-refund-answer.json", answer);
        write("alipay-refund-answer-tampered.json", answer.replace("\"refund_fee\":\"10.00\"", "\"refund_fee\":\"88.88\""));
        String refused = "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\",\"sub_msg\":\"交易不存在\"}";
        write("alipay-refund-answer-refused.json",
                "{\"alipay_trade_refund_response\":" + refused + ",\"sign\":\"" + sign(refused, alipay) + "\"}");
    }

    private void wechat() throws Exception {
        PrivateKey platform = key("wechat-TEST-ONLY-platform");
        key("wechat-TEST-ONLY-merchant");
        write("wechat-TEST-ONLY-api-v3-key.txt", API_V3_KEY + "\n");

        String transaction = "{\"mchid\":\"" + WECHAT_MCH_ID + "\",\"appid\":\"" + WECHAT_APP_ID + "\",\"out_trade_no\":\"" + OUT_TRADE_NO
                + "\",\"transaction_id\":\"4200000000202406111234567890\",\"trade_type\":\"NATIVE\",\"trade_state\":\"SUCCESS\","
                + "\"trade_state_desc\":\"支付成功\",\"bank_type\":\"OTHERS\",\"attach\":\"\",\"success_time\":\"2024-06-11T10:00:05+08:00\","
                + "\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"},"
                + "\"amount\":{\"total\":8888,\"payer_total\":8888,\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";
        String paid = notification("EV-2024061110000600001", "2024-06-11T10:00:06+08:00", "TRANSACTION.SUCCESS", "支付成功",
                "transaction", encrypt(transaction, "transaction", "fdasflkja484"), "fdasflkja484");
        long paidAt = 1718071206L; // 2024-06-11T10:00:06+08:00
        write("wechat-payment-notification.json", paid);
        write("wechat-payment-notification.headers", headers(paidAt, "5K8264ILTKCH16CQ2502SI8ZNMTM67VS", paid, platform));
        // One character of the ciphertext changed after signing: the signature fails first.
        write("wechat-payment-notification-tampered.json", flipCiphertext(paid, 5));

        // The GCM tag (the ciphertext's last 16 bytes) changed, then signed again: only decryption can tell.
        String badTag = flipCiphertext(paid, -4);
        write("wechat-payment-notification-bad-tag.json", badTag);
        write("wechat-payment-notification-bad-tag.headers", headers(paidAt, "3C4BKMZ0XPWIL8K9KZ0KJR7O5B8Q7TJA", badTag, platform));

        String otherMerchant = notification("EV-2024061110000600002", "2024-06-11T10:00:06+08:00", "TRANSACTION.SUCCESS", "支付成功",
                "transaction", encrypt(transaction.replace(WECHAT_MCH_ID, WECHAT_OTHER_MCH_ID), "transaction", "a8d7f6e5c4b3"),
                "a8d7f6e5c4b3");
        write("wechat-payment-notification-other-mch.json", otherMerchant);
        write("wechat-payment-notification-other-mch.headers", headers(paidAt, "N0NCE0THERMCH0000000000000000001", otherMerchant, platform));

        String refund = "{\"mchid\":\"" + WECHAT_MCH_ID + "\",\"transaction_id\":\"4200000000202406111234567890\",\"out_trade_no\":\""
                + OUT_TRADE_NO + "\",\"refund_id\":\"50000000382024061209000000001\",\"out_refund_no\":\"" + OUT_REFUND_NO
                + "\",\"refund_status\":\"SUCCESS\",\"success_time\":\"2024-06-12T09:00:03+08:00\",\"user_received_account\":\"支付用户零钱\","
                + "\"amount\":{\"total\":8888,\"refund\":1000,\"payer_total\":8888,\"payer_refund\":1000}}";
        String refunded = notification("EV-2024061209000400001", "2024-06-12T09:00:04+08:00", "REFUND.SUCCESS", "退款成功", "refund",
                encrypt(refund, "refund", "r3fund5n0nce"), "r3fund5n0nce");
        write("wechat-refund-notification.json", refunded);
        write("wechat-refund-notification.headers", headers(1718154004L, "REFUNDN0TIFICATI0N00000000000001", refunded, platform));

        String answer = "{\"refund_id\":\"50000000382024061209000000001\",\"out_refund_no\":\"" + OUT_REFUND_NO
                + "\",\"transaction_id\":\"4200000000202406111234567890\",\"out_trade_no\":\"" + OUT_TRADE_NO
                + "\",\"channel\":\"ORIGINAL\",\"user_received_account\":\"支付用户零钱\",\"create_time\":\"2024-06-12T09:00:00+08:00\","
                + "\"status\":\"PROCESSING\",\"funds_account\":\"AVAILABLE\",\"amount\":{\"total\":8888,\"refund\":1000,\"payer_total\":8888,"
                + "\"payer_refund\":1000,\"settlement_refund\":1000,\"settlement_total\":8888,\"discount_refund\":0,\"currency\":\"CNY\"}}";
        write("wechat-refund-answer.json", answer);
        write("wechat-refund-answer.headers", headers(1718154000L, "REFUNDANSWER00000000000000000001", answer, platform));
        write("wechat-refund-answer-tampered.json", answer.replace("\"refund\":1000,\"payer_total\"", "\"refund\":8888,\"payer_total\""));
    }

    /** Alipay's notification form: signed over the sorted fields without sign and sign_type, values URL-encoded. */
    private static String alipayForm(Map<String, String> fields, PrivateKey key) throws Exception {
        StringJoiner text = new StringJoiner("&");
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!name.equals("sign") && !name.equals("sign_type") && !value.isEmpty()) {
                text.add(name + "=" + value);
            }
        });
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("sign", sign(text.toString(), key));
        StringJoiner form = new StringJoiner("&");
        signed.forEach((name, value) -> form.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    private static String notification(String id, String createTime, String eventType, String summary, String originalType,
            String ciphertext, String nonce) {
        return "{\"id\":\"" + id + "\",\"create_time\":\"" + createTime + "\",\"resource_type\":\"encrypt-resource\",\"event_type\":\""
                + eventType + "\",\"summary\":\"" + summary + "\",\"resource\":{\"original_type\":\"" + originalType
                + "\",\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\"" + ciphertext + "\",\"associated_data\":\"" + originalType
                + "\",\"nonce\":\"" + nonce + "\"}}";
    }

    /** The Wechatpay-* headers of {@code body}, signed over timestamp\nnonce\nbody\n. */
    private static String headers(long timestamp, String nonce, String body, PrivateKey key) throws Exception {
        return "Wechatpay-Timestamp: " + timestamp + "\nWechatpay-Nonce: " + nonce + "\nWechatpay-Signature: "
                + sign(timestamp + "\n" + nonce + "\n" + body + "\n", key) + "\nWechatpay-Serial: " + WECHAT_PLATFORM_SERIAL
                + "\nContent-Type: application/json\n";
    }

    private static String encrypt(String plain, String associatedData, String nonce) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** The ciphertext with one byte changed: at {@code index}, or counted from the end when negative. */
    private static String flipCiphertext(String notification, int index) {
        int start = notification.indexOf("\"ciphertext\":\"") + "\"ciphertext\":\"".length();
        int end = notification.indexOf('"', start);
        byte[] sealed = Base64.getDecoder().decode(notification.substring(start, end));
        sealed[index >= 0 ? index : sealed.length + index] ^= 0x01;
        return notification.substring(0, start) + Base64.getEncoder().encodeToString(sealed) + notification.substring(end);
    }

    private static String sign(String text, PrivateKey key) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    /** The TEST-ONLY private key {@code name}, made (with its public key) when absent. */
    private PrivateKey key(String name) throws Exception {
        Path privatePem = dir.resolve(name + "-private.pem");
        Path publicPem = dir.resolve(name + "-public.pem");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        if (!Files.exists(privatePem)) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Files.writeString(privatePem, pem("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded()));
        }
        String base64 = Files.readString(privatePem).replaceAll("-----[A-Z ]+-----|\\s", "");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        Files.writeString(publicPem, pem("PUBLIC KEY",
                rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())).getEncoded()));
        return key;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }
}
