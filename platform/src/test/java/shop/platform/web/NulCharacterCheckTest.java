package shop.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Which JSON texts hold a NUL character. */
class NulCharacterCheckTest {

    private static boolean nul(String json) {
        return NulCharacterCheck.containsNulEscape(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_escape_is_found_wherever_it_is() {
        assertTrue(nul("{\"a\":\"\\u0000\"}"));
        assertTrue(nul("{\"a\":\"x\\u0000y\"}"));
        assertTrue(nul("{\"a\":\"\\\\\\u0000\"}"), "an escaped backslash, then the escape");
        assertTrue(nul("\\u0000"));
    }

    @Test
    void other_text_is_not_mistaken_for_it() {
        assertFalse(nul("{\"a\":\"\\\\u0000\"}"), "a backslash followed by the letters u0000");
        assertFalse(nul("{\"a\":\"\\u0001 \\u00e9 \\n \\\"\"}"));
        assertFalse(nul("{\"a\":\"u0000 😀 中文\"}"));
        assertFalse(nul("{\"a\":\"\\u000"));
        assertFalse(nul(""));
    }
}
