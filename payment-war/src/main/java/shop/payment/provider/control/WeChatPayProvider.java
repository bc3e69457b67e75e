package shop.payment.provider.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import shop.payment.provider.entity.Acknowledgement;
import shop.payment.provider.entity.PaymentOrder;
import shop.payment.provider.entity.ProviderNotification;
import shop.payment.provider.entity.ProviderNotification.Kind;
import shop.payment.provider.entity.ProviderNotification.Outcome;
import shop.payment.provider.entity.ProviderRequest;
import shop.payment.provider.entity.ProviderResponse;
import shop.payment.provider.entity.RefundOrder;
import shop.payment.provider.entity.StatementEntry;
import shop.platform.json.Jsons;
import shop.platform.money.Money;
import shop.platform.time.ShopClock;

/**
 * WeChat Pay, API v3.
 *
 * <p>A payment is a Native order ({@code POST /v3/pay/transactions/native}, answered with a QR
 * code URL; JSAPI would need the shopper's openid, which the shop does not have). A refund is
 * {@code POST /v3/refund/domestic/refunds}. Requests carry an {@code Authorization} header
 * signed with the merchant key over {@code METHOD\nPATH?QUERY\ntimestamp\nnonce\nbody\n}.
 *
 * <p>What WeChat Pay sends (notifications and answers) is signed with its platform key over
 * {@code timestamp\nnonce\nbody\n} from the {@code Wechatpay-*} headers, refused when the
 * timestamp is more than {@link #WINDOW} from now; a notification's {@code resource} is then
 * decrypted (AEAD_AES_256_GCM with the APIv3 key) and must name our {@code mchid}.
 */
public class WeChatPayProvider implements PaymentProvider {

    public static final String NAME = "wechat";

    /** How far the timestamp of what WeChat Pay sends may be from now. */
    public static final Duration WINDOW = Duration.ofSeconds(300);

    static final String PAY_PATH = "/v3/pay/transactions/native";
    static final String REFUND_PATH = "/v3/refund/domestic/refunds";
    static final String SCHEMA = "WECHATPAY2-SHA256-RSA2048";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WeChatPaySettings settings;
    private final ShopClock clock;
    private final Supplier<String> nonces;

    /** A provider whose request nonces are 32 random hex digits. */
    public WeChatPayProvider(WeChatPaySettings settings, ShopClock clock) {
        this(settings, clock, WeChatPayProvider::randomNonce);
    }

    /** A provider taking its request nonces from {@code nonces} (fixed ones in tests). */
    public WeChatPayProvider(WeChatPaySettings settings, ShopClock clock, Supplier<String> nonces) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderRequest payRequest(PaymentOrder order) {
        requireCny(order.currency());
        String body = Jsons.createObjectBuilder()
                .add("appid", settings.appId())
                .add("mchid", settings.mchId())
                .add("description", order.subject())
                .add("out_trade_no", MerchantNumbers.of(order.paymentId()))
                .add("notify_url", order.notifyUrl())
                .add("amount", Jsons.createObjectBuilder().add("total", order.amount()).add("currency", order.currency()))
                .build().toString();
        return post(PAY_PATH, body);
    }

    @Override
    public ProviderRequest refundRequest(RefundOrder refund) {
        requireCny(refund.currency());
        JsonObjectBuilder body = Jsons.createObjectBuilder()
                .add("out_trade_no", MerchantNumbers.of(refund.paymentId()))
                .add("out_refund_no", MerchantNumbers.of(refund.refundId()));
        if (refund.reason() != null && !refund.reason().isBlank()) {
            body.add("reason", refund.reason());
        }
        if (refund.notifyUrl() != null) {
            body.add("notify_url", refund.notifyUrl());
        }
        body.add("amount", Jsons.createObjectBuilder().add("refund", refund.refund()).add("total", refund.total())
                .add("currency", refund.currency()));
        return post(REFUND_PATH, body.build().toString());
    }

    /** The text a request's signature covers, as WeChat Pay documents it. */
    public static String requestSigningText(String method, String pathAndQuery, long timestamp, String nonce, String body) {
        return method + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + (body == null ? "" : body) + "\n";
    }

    /** The text WeChat Pay's signature over a notification or answer covers. */
    public static String responseSigningText(String timestamp, String nonce, String body) {
        return timestamp + "\n" + nonce + "\n" + body + "\n";
    }

    /**
     * A payment ({@code TRANSACTION.*}) or refund ({@code REFUND.*}) notification. The
     * transaction's {@code trade_state} SUCCESS (and REFUND, a paid trade refunded since) is a
     * success, NOTPAY and USERPAYING pending, CLOSED, REVOKED and PAYERROR a failure; a
     * refund's {@code refund_status} SUCCESS succeeded, PROCESSING is pending, CLOSED and
     * ABNORMAL failed.
     */
    @Override
    public ProviderNotification readNotification(Map<String, String> headers, String body) {
        verify(headers, body);
        JsonObject notification = ProviderJson.object(body);
        JsonObject resource = ProviderJson.object(notification, "resource");
        if (!"AEAD_AES_256_GCM".equals(ProviderJson.optionalString(resource, "algorithm"))) {
            throw new MalformedProviderMessage("resource algorithm " + ProviderJson.optionalString(resource, "algorithm"));
        }
        JsonObject content = ProviderJson.object(decrypt(resource));
        String mchId = ProviderJson.optionalString(content, "mchid");
        if (!settings.mchId().equals(mchId)) {
            throw new MalformedProviderMessage("notification for mchid " + mchId + ", not ours");
        }
        String eventType = ProviderJson.string(notification, "event_type");
        Instant created = time(ProviderJson.optionalString(notification, "create_time"), "create_time");
        if (eventType.startsWith("TRANSACTION.")) {
            return transaction(content, created);
        }
        if (eventType.startsWith("REFUND.")) {
            return refund(content, MerchantNumbers.id(ProviderJson.string(content, "out_refund_no")), created);
        }
        throw new MalformedProviderMessage("unknown event_type " + eventType);
    }

    /** WeChat Pay takes 200 or 204 without a body as accepted. */
    @Override
    public Acknowledgement accepted() {
        return new Acknowledgement(204, null, null);
    }

    /** An error status with a reason makes WeChat Pay notify again later. */
    @Override
    public Acknowledgement refused() {
        return new Acknowledgement(500, "application/json", "{\"code\":\"FAIL\",\"message\":\"not processed\"}");
    }

    /**
     * WeChat Pay's answer to a refund request, verified like a notification: 200 with the
     * refund's {@code status} (SUCCESS, PROCESSING, CLOSED, ABNORMAL), or an error: a server
     * error, SYSTEM_ERROR or FREQUENCY_LIMITED are pending (ask again with the same refund
     * id), any other error a refusal.
     */
    @Override
    public ProviderNotification readRefundAnswer(RefundOrder refund, ProviderResponse answer) {
        verify(answer.headers(), answer.body());
        JsonObject content = ProviderJson.object(answer.body());
        if (answer.status() / 100 != 2) {
            String code = ProviderJson.optionalString(content, "code");
            boolean retry = answer.status() >= 500 || "SYSTEM_ERROR".equals(code) || "FREQUENCY_LIMITED".equals(code);
            return new ProviderNotification(Kind.REFUND, refund.paymentId(), refund.refundId(), null, refund.refund(),
                    refund.currency(), retry ? Outcome.PENDING : Outcome.FAILED, clock.instant());
        }
        String outRefundNo = ProviderJson.string(content, "out_refund_no");
        if (!outRefundNo.equals(MerchantNumbers.of(refund.refundId()))) {
            throw new MalformedProviderMessage("answer for refund " + outRefundNo + ", not for " + refund.refundId());
        }
        // The answer names the refund's state "status", the notification "refund_status".
        String created = ProviderJson.optionalString(content, "create_time");
        return refund(content, refund.refundId(), isBlank(created) ? clock.instant() : time(created, "create_time"));
    }

    @Override
    public List<StatementEntry> readStatement(String statement) {
        return WeChatStatement.read(statement);
    }

    private ProviderRequest post(String path, String body) {
        long timestamp = clock.instant().getEpochSecond();
        String nonce = nonces.get();
        String signature = ProviderKeys.sign(requestSigningText("POST", path, timestamp, nonce, body), settings.privateKey());
        String authorization = SCHEMA + " mchid=\"" + settings.mchId() + "\",nonce_str=\"" + nonce + "\",signature=\"" + signature
                + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + settings.serialNo() + "\"";
        return new ProviderRequest("POST", URI.create(settings.gateway() + path), Map.of(
                "Authorization", authorization,
                "Accept", "application/json",
                "Content-Type", "application/json",
                "User-Agent", "shop-payment"), body, Map.of());
    }

    /** Proves WeChat Pay sent {@code body} with these headers, recently. */
    private void verify(Map<String, String> headers, String body) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        String timestamp = byName.get("Wechatpay-Timestamp");
        String nonce = byName.get("Wechatpay-Nonce");
        String signature = byName.get("Wechatpay-Signature");
        String serial = byName.get("Wechatpay-Serial");
        if (timestamp == null || nonce == null || signature == null || serial == null) {
            throw new InvalidProviderSignature("Wechatpay-Timestamp, -Nonce, -Signature and -Serial are required");
        }
        PublicKey key = settings.platformKeys().get(serial);
        if (key == null) {
            throw new InvalidProviderSignature("unknown WeChat Pay key serial " + serial);
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        } catch (NumberFormatException | DateTimeException e) {
            throw new InvalidProviderSignature("Wechatpay-Timestamp is not epoch seconds", e);
        }
        if (Duration.between(sent, clock.instant()).abs().compareTo(WINDOW) > 0) {
            throw new InvalidProviderSignature("Wechatpay-Timestamp is more than " + WINDOW.toSeconds() + " s from now");
        }
        if (!ProviderKeys.verify(responseSigningText(timestamp, nonce, body), signature, key)) {
            throw new InvalidProviderSignature("the signature is not WeChat Pay's");
        }
    }

    private String decrypt(JsonObject resource) {
        String nonce = ProviderJson.string(resource, "nonce");
        String associatedData = ProviderJson.optionalString(resource, "associated_data");
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(ProviderJson.string(resource, "ciphertext"));
        } catch (IllegalArgumentException e) {
            throw new MalformedProviderMessage("resource ciphertext is not Base64", e);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, settings.apiV3Key(), new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            if (associatedData != null) {
                cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            }
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            // The signature held, so either the APIv3 key here is not the account's or the
            // resource was altered before it was signed: nothing in it can be trusted.
            throw new InvalidProviderSignature("the resource does not decrypt with our APIv3 key", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new MalformedProviderMessage("the resource cannot be decrypted: " + e.getMessage(), e);
        }
    }

    private ProviderNotification transaction(JsonObject content, Instant created) {
        String state = ProviderJson.string(content, "trade_state");
        Outcome outcome = switch (state) {
            case "SUCCESS", "REFUND" -> Outcome.SUCCEEDED;
            case "NOTPAY", "USERPAYING" -> Outcome.PENDING;
            case "CLOSED", "REVOKED", "PAYERROR" -> Outcome.FAILED;
            default -> throw new MalformedProviderMessage("unknown trade_state " + state);
        };
        JsonObject amount = ProviderJson.object(content, "amount");
        String successTime = ProviderJson.optionalString(content, "success_time");
        return new ProviderNotification(Kind.PAYMENT, MerchantNumbers.id(ProviderJson.string(content, "out_trade_no")), null,
                ProviderJson.optionalString(content, "transaction_id"), ProviderJson.integer(amount, "total"), currency(amount),
                outcome, isBlank(successTime) ? created : time(successTime, "success_time"));
    }

    private ProviderNotification refund(JsonObject content, String refundId, Instant fallback) {
        String field = content.containsKey("refund_status") ? "refund_status" : "status";
        String state = ProviderJson.string(content, field);
        Outcome outcome = switch (state) {
            case "SUCCESS" -> Outcome.SUCCEEDED;
            case "PROCESSING" -> Outcome.PENDING;
            case "CLOSED", "ABNORMAL" -> Outcome.FAILED;
            default -> throw new MalformedProviderMessage("unknown " + field + " " + state);
        };
        JsonObject amount = ProviderJson.object(content, "amount");
        String successTime = ProviderJson.optionalString(content, "success_time");
        return new ProviderNotification(Kind.REFUND, MerchantNumbers.id(ProviderJson.string(content, "out_trade_no")), refundId,
                ProviderJson.optionalString(content, "refund_id"), ProviderJson.integer(amount, "refund"), currency(amount),
                outcome, isBlank(successTime) ? fallback : time(successTime, "success_time"));
    }

    /** Refund notifications leave the currency out: WeChat Pay refunds in CNY. */
    private static String currency(JsonObject amount) {
        String currency = ProviderJson.optionalString(amount, "currency");
        return currency == null ? Money.CNY : currency;
    }

    /** WeChat Pay's RFC 3339 times, such as {@code 2018-06-08T10:34:56+08:00}. */
    private static Instant time(String text, String name) {
        if (text == null) {
            throw new MalformedProviderMessage("'" + name + "' is missing");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new MalformedProviderMessage("'" + name + "' is not an RFC 3339 time: " + text, e);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static void requireCny(String currency) {
        if (!Money.CNY.equals(currency)) {
            throw new IllegalArgumentException("WeChat Pay (domestic) takes CNY only, not " + currency);
        }
    }

    private static String randomNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT);
    }
}
