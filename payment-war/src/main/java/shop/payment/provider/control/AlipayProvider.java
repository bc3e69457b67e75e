package shop.payment.provider.control;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

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
 * Alipay, through its open platform gateway with RSA2 (SHA256withRSA) signatures.
 *
 * <p>A payment is a page pay ({@code alipay.trade.page.pay}): the shopper's browser goes to the
 * gateway with the signed parameters. A refund is {@code alipay.trade.refund}, answered at once.
 * Requests are signed over their parameters sorted by name, {@code sign} left out, empty
 * values skipped, joined as {@code name=value} with {@code &} and not URL-encoded; Alipay's
 * notifications are verified the same way with {@code sign_type} also left out, and its
 * answers over the exact text of the response member.
 *
 * <p>Alipay trades in CNY only here; amounts go out and come back as yuan strings.
 */
public class AlipayProvider implements PaymentProvider {

    public static final String NAME = "alipay";

    static final String REFUND_RESPONSE = "alipay_trade_refund_response";
    private static final String SUCCESS_CODE = "10000";

    private final AlipaySettings settings;
    private final ShopClock clock;

    public AlipayProvider(AlipaySettings settings, ShopClock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderRequest payRequest(PaymentOrder order) {
        requireCny(order.currency());
        JsonObject content = Jsons.createObjectBuilder()
                .add("out_trade_no", MerchantNumbers.of(order.paymentId()))
                .add("total_amount", Yuan.of(order.amount()))
                .add("subject", order.subject())
                .add("product_code", "FAST_INSTANT_TRADE_PAY")
                .build();
        Map<String, String> parameters = signed("alipay.trade.page.pay", order.notifyUrl(), content);
        // The shopper's browser is sent here, so everything travels in the query.
        return new ProviderRequest("GET", URI.create(settings.gateway() + "?" + formEncoded(parameters)), Map.of(), null, parameters);
    }

    @Override
    public ProviderRequest refundRequest(RefundOrder refund) {
        requireCny(refund.currency());
        JsonObjectBuilder content = Jsons.createObjectBuilder()
                .add("out_trade_no", MerchantNumbers.of(refund.paymentId()))
                .add("refund_amount", Yuan.of(refund.refund()))
                .add("out_request_no", MerchantNumbers.of(refund.refundId()));
        if (refund.reason() != null && !refund.reason().isBlank()) {
            content.add("refund_reason", refund.reason());
        }
        Map<String, String> parameters = signed("alipay.trade.refund", refund.notifyUrl(), content.build());
        return new ProviderRequest("POST", settings.gateway(),
                Map.of("Content-Type", "application/x-www-form-urlencoded;charset=utf-8"), formEncoded(parameters), parameters);
    }

    /**
     * The text Alipay's request signature covers: {@code parameters} sorted by name, without
     * {@code sign}, empty values skipped, as {@code name=value} joined with {@code &}.
     */
    public static String requestSigningText(Map<String, String> parameters) {
        return signingText(parameters, Set.of("sign"));
    }

    /** The text a notification's signature covers: as for requests, without {@code sign_type} too. */
    public static String notificationSigningText(Map<String, String> parameters) {
        return signingText(parameters, Set.of("sign", "sign_type"));
    }

    /**
     * A payment notification ({@code trade_status} TRADE_SUCCESS or TRADE_FINISHED: succeeded,
     * TRADE_CLOSED: failed, WAIT_BUYER_PAY: pending) or, when it carries {@code out_biz_no}
     * and {@code refund_fee}, a refund notification. Alipay's {@code refund_fee} is everything
     * refunded on the payment so far, so that is the amount of a refund notification.
     */
    @Override
    public ProviderNotification readNotification(Map<String, String> headers, String body) {
        Map<String, String> fields = verifiedForm(body);
        requireOurApp(fields.get("app_id"));
        String paymentId = MerchantNumbers.id(required(fields, "out_trade_no"));
        String tradeNo = required(fields, "trade_no");
        if (fields.get("out_biz_no") != null && fields.get("refund_fee") != null) {
            return new ProviderNotification(Kind.REFUND, paymentId, MerchantNumbers.id(fields.get("out_biz_no")), tradeNo,
                    fen(fields, "refund_fee"), Money.CNY, Outcome.SUCCEEDED,
                    time(firstOf(fields, "gmt_refund", "notify_time"), "gmt_refund"));
        }
        Outcome outcome = switch (required(fields, "trade_status")) {
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> Outcome.SUCCEEDED;
            case "TRADE_CLOSED" -> Outcome.FAILED;
            case "WAIT_BUYER_PAY" -> Outcome.PENDING;
            default -> throw new MalformedProviderMessage("unknown trade_status " + fields.get("trade_status"));
        };
        return new ProviderNotification(Kind.PAYMENT, paymentId, null, tradeNo, fen(fields, "total_amount"), Money.CNY, outcome,
                time(firstOf(fields, "gmt_payment", "gmt_close", "notify_time"), "gmt_payment"));
    }

    @Override
    public Acknowledgement accepted() {
        return new Acknowledgement(200, "text/plain", "success");
    }

    /** Anything but {@code success} makes Alipay notify again (up to 8 times over 25 hours). */
    @Override
    public Acknowledgement refused() {
        return new Acknowledgement(200, "text/plain", "fail");
    }

    /**
     * Alipay's answer to {@code alipay.trade.refund}: code 10000 with {@code fund_change} Y is a
     * refund made now; N means no money moved on this call (typically an earlier call with the
     * same request number made it), reported as pending so that it is confirmed by a query or
     * the statement. A system error (20000, ACQ.SYSTEM_ERROR) is pending, to be asked again
     * with the same refund id; any other code is a refusal.
     */
    @Override
    public ProviderNotification readRefundAnswer(RefundOrder refund, ProviderResponse answer) {
        JsonObject response = verifiedAnswer(answer.body());
        String code = ProviderJson.string(response, "code");
        Instant now = clock.instant();
        if (!SUCCESS_CODE.equals(code)) {
            boolean retry = "20000".equals(code) || "ACQ.SYSTEM_ERROR".equals(ProviderJson.optionalString(response, "sub_code"));
            return new ProviderNotification(Kind.REFUND, refund.paymentId(), refund.refundId(), null, refund.refund(), Money.CNY,
                    retry ? Outcome.PENDING : Outcome.FAILED, now);
        }
        String outTradeNo = ProviderJson.optionalString(response, "out_trade_no");
        if (outTradeNo != null && !outTradeNo.equals(MerchantNumbers.of(refund.paymentId()))) {
            throw new MalformedProviderMessage("refund answer for trade " + outTradeNo + ", not for payment " + refund.paymentId());
        }
        String refundedAt = ProviderJson.optionalString(response, "gmt_refund_pay");
        return new ProviderNotification(Kind.REFUND, refund.paymentId(), refund.refundId(),
                ProviderJson.optionalString(response, "trade_no"), refund.refund(), Money.CNY,
                "Y".equals(ProviderJson.optionalString(response, "fund_change")) ? Outcome.SUCCEEDED : Outcome.PENDING,
                refundedAt == null ? now : time(refundedAt, "gmt_refund_pay"));
    }

    @Override
    public List<StatementEntry> readStatement(String statement) {
        return AlipayStatement.read(statement);
    }

    private Map<String, String> signed(String method, String notifyUrl, JsonObject content) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("app_id", settings.appId());
        parameters.put("method", method);
        parameters.put("charset", "utf-8");
        parameters.put("sign_type", "RSA2");
        parameters.put("timestamp", BeijingTime.format(clock.instant()));
        parameters.put("version", "1.0");
        if (notifyUrl != null) {
            parameters.put("notify_url", notifyUrl);
        }
        parameters.put("biz_content", content.toString());
        parameters.put("sign", ProviderKeys.sign(requestSigningText(parameters), settings.privateKey()));
        return parameters;
    }

    /** The form fields of a notification whose signature checked out, decoded. */
    private Map<String, String> verifiedForm(String body) {
        Map<String, String> fields = new TreeMap<>();
        try {
            String[] pairs = body.strip().split("&");
            Charset charset = StandardCharsets.UTF_8;
            for (String pair : pairs) {
                if (pair.startsWith("charset=")) {
                    charset = Charset.forName(pair.substring("charset=".length()));
                }
            }
            for (String pair : pairs) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
                if (fields.put(name, value) != null) {
                    throw new InvalidProviderSignature("field " + name + " appears twice");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidProviderSignature("the notification cannot be read, so not verified: " + e.getMessage(), e);
        }
        if (!"RSA2".equals(fields.get("sign_type"))) {
            throw new InvalidProviderSignature("sign_type must be RSA2, was " + fields.get("sign_type"));
        }
        if (!ProviderKeys.verify(notificationSigningText(fields), fields.get("sign"), settings.alipayPublicKey())) {
            throw new InvalidProviderSignature("the notification's signature is not Alipay's");
        }
        return fields;
    }

    private JsonObject verifiedAnswer(String body) {
        JsonObject answer;
        String signed;
        try {
            answer = ProviderJson.object(body);
            signed = ProviderJson.rawMember(body, REFUND_RESPONSE);
            if (signed == null) {
                signed = ProviderJson.rawMember(body, "error_response");
            }
        } catch (MalformedProviderMessage e) {
            throw new InvalidProviderSignature("the answer cannot be read, so not verified", e);
        }
        if (signed == null || !ProviderKeys.verify(signed, ProviderJson.optionalString(answer, "sign"), settings.alipayPublicKey())) {
            throw new InvalidProviderSignature("the refund answer's signature is not Alipay's");
        }
        return ProviderJson.object(signed);
    }

    private void requireOurApp(String appId) {
        if (!settings.appId().equals(appId)) {
            throw new MalformedProviderMessage("notification for app_id " + appId + ", not ours");
        }
    }

    private static String signingText(Map<String, String> parameters, Set<String> excluded) {
        StringJoiner text = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!excluded.contains(name) && value != null && !value.isEmpty()) {
                text.add(name + "=" + value);
            }
        });
        return text.toString();
    }

    private static String formEncoded(Map<String, String> parameters) {
        StringJoiner form = new StringJoiner("&");
        parameters.forEach((name, value) -> form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    private static void requireCny(String currency) {
        if (!Money.CNY.equals(currency)) {
            throw new IllegalArgumentException("Alipay takes CNY only, not " + currency);
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new MalformedProviderMessage("'" + name + "' is missing");
        }
        return value;
    }

    private static String firstOf(Map<String, String> fields, String... names) {
        for (String name : names) {
            if (fields.get(name) != null && !fields.get(name).isEmpty()) {
                return fields.get(name);
            }
        }
        return null;
    }

    private static long fen(Map<String, String> fields, String name) {
        try {
            return Yuan.toFen(required(fields, name));
        } catch (IllegalArgumentException e) {
            throw new MalformedProviderMessage("'" + name + "': " + e.getMessage(), e);
        }
    }

    /** An Alipay time ("yyyy-MM-dd HH:mm:ss", Beijing time). */
    static Instant time(String text, String name) {
        if (text == null) {
            throw new MalformedProviderMessage("'" + name + "' is missing");
        }
        try {
            return BeijingTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedProviderMessage("'" + name + "' is not yyyy-MM-dd HH:mm:ss: " + text, e);
        }
    }
}
