package shop.user.account.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** A reset token works once, before it expires, and only while it is the newest. */
class PasswordResetTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    private static PasswordReset requested() {
        return new PasswordReset("r1", "a1", "0".repeat(64), NOW, NOW.plusMinutes(30));
    }

    @Test
    void a_token_works_until_it_expires_and_not_at_or_after_the_expiry() {
        PasswordReset reset = requested();
        assertTrue(reset.usable(NOW));
        assertTrue(reset.usable(NOW.plusMinutes(29).plusSeconds(59)));
        assertFalse(reset.usable(NOW.plusMinutes(30)), "expired at the instant");
        assertFalse(reset.usable(NOW.plusHours(1)));
        assertThrows(IllegalStateException.class, () -> reset.use(NOW.plusMinutes(31)));
    }

    @Test
    void a_token_works_once() {
        PasswordReset reset = requested();
        reset.use(NOW.plusMinutes(1));
        assertFalse(reset.usable(NOW.plusMinutes(2)));
        assertThrows(IllegalStateException.class, () -> reset.use(NOW.plusMinutes(2)));
    }

    @Test
    void a_superseded_token_no_longer_works_and_revoking_a_used_one_changes_nothing() {
        PasswordReset older = requested();
        older.revoke(NOW.plusMinutes(1));
        assertFalse(older.usable(NOW.plusMinutes(1)));
        assertThrows(IllegalStateException.class, () -> older.use(NOW.plusMinutes(2)));

        PasswordReset used = requested();
        used.use(NOW.plusMinutes(1));
        used.revoke(NOW.plusMinutes(2));
        assertFalse(used.usable(NOW.plusMinutes(3)));
    }
}
