package shop.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import shop.platform.time.ShopClock;

class RevokedTokensTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T02:00:00Z"));
    private final RevokedTokens revoked = new RevokedTokens(new ShopClock(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }), Duration.ofMinutes(16));

    @Test
    void tokens_issued_before_the_revocation_are_refused_and_later_ones_are_not() {
        Instant at = Instant.parse("2026-11-29T02:00:00.700Z");
        revoked.revoke("u1", at);
        assertTrue(revoked.revoked("u1", at.getEpochSecond() - 60), "issued a minute before");
        assertFalse(revoked.revoked("u1", at.getEpochSecond()), "issued in the same second: honoured (iat has whole seconds)");
        assertFalse(revoked.revoked("u1", at.getEpochSecond() + 5), "issued after");
        assertFalse(revoked.revoked("u2", at.getEpochSecond() - 60), "another user");
    }

    @Test
    void the_latest_revocation_counts_and_revocations_are_forgotten_once_no_token_can_outlive_them() {
        Instant first = Instant.parse("2026-11-29T02:00:00Z");
        revoked.revoke("u1", first.plusSeconds(30));
        revoked.revoke("u1", first); // an older announcement arriving late changes nothing
        assertTrue(revoked.revoked("u1", first.getEpochSecond() + 10));
        now.set(first.plus(Duration.ofMinutes(17)));
        assertFalse(revoked.revoked("u1", first.getEpochSecond() + 10), "any such token has expired by now");
    }
}
