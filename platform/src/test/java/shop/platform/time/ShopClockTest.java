package shop.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ShopClockTest {

    private static final Instant NANOS = Instant.parse("2025-03-01T10:15:30.123456789Z");

    @Test
    void now_is_in_utc_truncated_to_the_millisecond() {
        ShopClock clock = new ShopClock(Clock.fixed(NANOS, ZoneOffset.UTC));

        assertEquals(OffsetDateTime.parse("2025-03-01T10:15:30.123Z"), clock.now());
        assertEquals(ZoneOffset.UTC, clock.now().getOffset());
    }

    @Test
    void now_is_in_utc_even_when_the_clock_is_in_another_zone() {
        ShopClock clock = new ShopClock(Clock.fixed(NANOS, ZoneId.of("Asia/Shanghai")));

        assertEquals(ZoneOffset.UTC, clock.now().getOffset());
        assertEquals(10, clock.now().getHour());
    }

    @Test
    void instant_is_truncated_to_the_millisecond_and_agrees_with_now() {
        ShopClock clock = new ShopClock(Clock.fixed(NANOS, ZoneOffset.UTC));

        assertEquals(Instant.parse("2025-03-01T10:15:30.123Z"), clock.instant());
        assertEquals(clock.instant(), clock.now().toInstant());
    }

    @Test
    void the_default_clock_reads_the_system_time() {
        Instant before = Instant.now().minusMillis(1);

        Instant now = new ShopClock().instant();

        assertFalse(now.isBefore(before));
        assertFalse(now.isAfter(Instant.now()));
    }
}
