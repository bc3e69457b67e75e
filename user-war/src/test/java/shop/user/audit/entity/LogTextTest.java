package shop.user.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** Text from outside is kept in the audit log without line breaks, control or bidi characters, and cut to size. */
class LogTextTest {

    @Test
    void line_breaks_and_control_characters_cannot_forge_entries() {
        assertEquals("alice??SIGN_IN_SUCCEEDED admin", LogText.sanitize("alice\r\nSIGN_IN_SUCCEEDED admin", 64));
        assertEquals("a?b?c", LogText.sanitize("a\u0000b\tc", 64));
        assertEquals("a?b", LogText.sanitize("a\u2028b", 64));
    }

    @Test
    void bidi_overrides_and_zero_width_characters_are_shown_not_hidden() {
        assertEquals("admin?txt.exe", LogText.sanitize("admin\u202Etxt.exe", 64));
        assertEquals("ad?min", LogText.sanitize("ad\u200Bmin", 64));
    }

    @Test
    void text_is_cut_to_the_limit_without_splitting_a_character() {
        assertEquals("abc", LogText.sanitize("abcdef", 3));
        assertEquals("张三😀", LogText.sanitize("张三😀", 4));
        assertEquals("张三", LogText.sanitize("张三😀", 3), "the emoji's two chars do not fit in one");
        assertEquals("?", LogText.sanitize("\uD800x", 1), "a lone surrogate is replaced");
        assertNull(LogText.sanitize(null, 10));
    }

    @Test
    void a_security_event_keeps_the_username_as_typed_sanitized_and_truncated() {
        SecurityEvent event = new SecurityEvent("e1", SecurityEventType.SIGN_IN_FAILED, OffsetDateTime.parse("2026-11-28T10:00:00Z"),
                null, null, "x".repeat(100) + "\n", "10.0.0.1", null);
        assertEquals(SecurityEvent.USERNAME_LENGTH, event.username().length());
        assertEquals("Bob ?Robert? 'OR 1=1", new SecurityEvent("e2", SecurityEventType.SIGN_IN_FAILED,
                OffsetDateTime.parse("2026-11-28T10:00:00Z"), null, null, "Bob \u001b[31mRobert\u0007 'OR 1=1", null, null)
                .username().replace("[31m", ""));
    }
}
