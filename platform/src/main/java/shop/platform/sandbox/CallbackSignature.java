package shop.platform.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
}
