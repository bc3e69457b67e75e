package shop.user.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Reset tokens are unguessable, and only their hash is stored; the notice never prints its token. */
class PasswordResetsTest {

    @Test
    void tokens_are_256_random_bits_url_safe_and_never_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = PasswordResets.newToken();
            assertEquals(43, token.length());
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            assertTrue(seen.add(token));
        }
    }

    @Test
    void the_stored_hash_is_the_sha256_of_the_token_in_hex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PasswordResets.hash("abc"));
        assertNotEquals(PasswordResets.hash("abc"), PasswordResets.hash("abd"));
    }

    @Test
    void a_notice_written_to_a_log_does_not_show_its_token() {
        PasswordResetNotice notice = new PasswordResetNotice("a1", "alice", "a@example.com", null, "s3cret-token",
                OffsetDateTime.parse("2026-11-28T10:30:00Z"));
        assertFalse(notice.toString().contains("s3cret-token"));
        assertFalse(notice.toString().contains("a@example.com"));
    }
}
