package shop.platform.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import shop.platform.problem.ProblemException;

/**
 * The signature of the sandbox providers' callbacks (payment, CONTRACT.md; carrier tracking): lowercase hex HMAC-SHA256, keyed
 * with the UTF-8 bytes of the shared secret, of every other field sorted by name and joined
 * as {@code name=value} with {@code &}.
 */
public final class CallbackSignature {

    public static final String FIELD = "signature";

    private CallbackSignature() {
    }

    /** The signature of {@code fields} (a {@code signature} member among them is ignored). */
    public static String sign(Map<String, String> fields, String secret) {
        StringJoiner text = new StringJoiner("&");
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!FIELD.equals(name)) {
                text.add(name + "=" + value);
            }
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether {@code fields} carry a valid signature, compared in constant time. */
    public static boolean verify(Map<String, String> fields, String secret) {
        String given = fields.get(FIELD);
        if (given == null || secret == null || secret.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sign(fields, secret).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The fields of a callback whose members must all be JSON strings (400 otherwise), once its
     * signature is verified (401 otherwise): the first checks a callback endpoint makes.
     */
    public static Map<String, String> verifiedFields(JsonObject callback, String secret) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> field : callback.entrySet()) {
            if (!(field.getValue() instanceof JsonString value)) {
                throw ProblemException.invalid(field.getKey(), "must be a JSON string");
            }
            fields.put(field.getKey(), value.getString());
        }
        if (!verify(fields, secret)) {
            throw ProblemException.unauthorized("The callback's signature is not valid.");
        }
        return fields;
    }

    /** Refuses (400) a callback {@code timestamp} (epoch seconds) further than {@code window} from {@code now}. */
    public static void requireFresh(String timestamp, Instant now, Duration window) {
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        } catch (NumberFormatException | DateTimeException e) {
            throw ProblemException.invalid("timestamp", "must be epoch seconds");
        }
        if (Duration.between(sent, now).abs().compareTo(window) > 0) {
            throw ProblemException.invalid("timestamp", "is more than " + window.toSeconds() + " s away from now");
        }
    }
}
