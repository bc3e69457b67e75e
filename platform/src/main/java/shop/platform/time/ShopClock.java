package shop.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The shop's "now": every timestamp a service records or returns (order placed, payment
 * received, coupon expiry checks) comes from here, in UTC and to the millisecond.
 *
 * <p>Millisecond precision is what JavaScript clients and UUIDv7 ids hold, so a timestamp
 * survives a round trip through them unchanged. Inject this bean rather than calling
 * {@code OffsetDateTime.now()}, so tests can fix the time with {@link #ShopClock(Clock)}.
 */
@ApplicationScoped
public class ShopClock {

    private final Clock clock;

    /** The system clock in UTC; what CDI uses. */
    public ShopClock() {
        this(Clock.systemUTC());
    }

    /** A shop clock reading {@code clock}, e.g. {@link Clock#fixed} in tests. */
    public ShopClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The current date and time at offset UTC ({@code Z}), truncated to the millisecond. */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(instant(), ZoneOffset.UTC);
    }

    /** The current instant, truncated to the millisecond like {@link #now()}. */
    public Instant instant() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
