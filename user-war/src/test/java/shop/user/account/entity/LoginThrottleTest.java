package shop.user.account.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** Five failures within fifteen minutes lock a username for fifteen minutes. */
class LoginThrottleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK = Duration.ofMinutes(15);

    private static boolean fail(LoginThrottle t, OffsetDateTime at) {
        return t.failed(at, 5, WINDOW, LOCK);
    }

    @Test
    void the_fifth_failure_in_the_window_locks_for_the_lockout() {
        LoginThrottle t = LoginThrottle.none("alice", NOW);
        for (int i = 0; i < 4; i++) {
            assertFalse(fail(t, NOW.plusMinutes(i)));
            assertFalse(t.locked(NOW.plusMinutes(i)));
        }
        assertTrue(fail(t, NOW.plusMinutes(10)), "the fifth failure locks");
        assertTrue(t.locked(NOW.plusMinutes(10)));
        assertTrue(t.locked(NOW.plusMinutes(24)));
        assertFalse(t.locked(NOW.plusMinutes(25)), "the lock runs out");
        assertFalse(fail(t, NOW.plusMinutes(11)), "failures while locked change nothing");
        assertTrue(t.locked(NOW.plusMinutes(24)), "nor do they extend the lock");
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        LoginThrottle t = LoginThrottle.none("alice", NOW);
        for (int i = 0; i < 4; i++) {
            fail(t, NOW);
        }
        assertFalse(fail(t, NOW.plusMinutes(15)), "a new window starts: one failure, not five");
        for (int i = 0; i < 3; i++) {
            assertFalse(fail(t, NOW.plusMinutes(16)));
        }
        assertTrue(fail(t, NOW.plusMinutes(16)));
    }

    @Test
    void after_a_lock_runs_out_counting_starts_again() {
        LoginThrottle t = LoginThrottle.none("alice", NOW);
        for (int i = 0; i < 5; i++) {
            fail(t, NOW);
        }
        assertFalse(fail(t, NOW.plusMinutes(20)), "one failure after the lock is not a new lock");
        assertFalse(t.locked(NOW.plusMinutes(20)));
    }
}
