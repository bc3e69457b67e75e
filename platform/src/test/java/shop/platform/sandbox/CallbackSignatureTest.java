package shop.platform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CallbackSignatureTest {

    private static Map<String, String> callback() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("paymentId", "p1");
        fields.put("providerTxnId", "t1");
        fields.put("amount", "1000");
        fields.put("currency", "CNY");
        fields.put("status", "SUCCEEDED");
        fields.put("timestamp", "1795860000");
        fields.put("nonce", "n1");
        return fields;
    }

    @Test
    void the_signature_is_hmac_sha256_hex_of_the_sorted_fields() {
        // Computed independently: printf 'amount=1000&currency=CNY&nonce=n1&paymentId=p1&providerTxnId=t1&status=SUCCEEDED&timestamp=1795860000'
        //   | openssl dgst -sha256 -hmac secret
        assertEquals("83a4816b7e40ab3cf9d5b3cd7bb035ded8161b62523ed8dcb024973a1ff272ad", CallbackSignature.sign(callback(), "secret"));
        assertEquals(CallbackSignature.sign(callback(), "secret"), CallbackSignature.sign(new HashMap<>(callback()), "secret"),
                "field order does not matter");
    }

    @Test
    void a_signed_callback_verifies_and_any_change_breaks_it() {
        Map<String, String> fields = callback();
        fields.put("signature", CallbackSignature.sign(fields, "secret"));
        assertTrue(CallbackSignature.verify(fields, "secret"));
        assertFalse(CallbackSignature.verify(fields, "other secret"));
        fields.put("amount", "1");
        assertFalse(CallbackSignature.verify(fields, "secret"));
    }

    @Test
    void a_missing_signature_or_secret_never_verifies() {
        assertFalse(CallbackSignature.verify(callback(), "secret"));
        Map<String, String> fields = callback();
        fields.put("signature", CallbackSignature.sign(fields, "secret"));
        assertFalse(CallbackSignature.verify(fields, ""), "a shop without a secret accepts nothing");
        assertFalse(CallbackSignature.verify(fields, null));
    }
}
