package shop.platform.time;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids for anything the shop creates (orders, payments, refunds).
 *
 * <p>An id is a UUID version 7 (RFC 9562) in its usual lowercase text form, e.g.
 * {@code 0190f5c3-6b2a-7d4e-9f01-23456789abcd}. Integrators should treat it as an opaque string;
 * what it guarantees is that ids created in different milliseconds sort, as plain strings, in
 * the order they were created, which keeps database indexes compact and lets lists be ordered
 * by id. Ids created within the same millisecond have no defined order among themselves.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The RFC 9562 timestamp field is 48 bits of Unix milliseconds. */
    private static final long MAX_TIMESTAMP = (1L << 48) - 1;

    private Ids() {
    }

    /** A new id, ordered by the current time of the system clock. */
    public static String newId() {
        return newId(System.currentTimeMillis());
    }

    /** A new id carrying {@code unixMillis} as its creation time. */
    static String newId(long unixMillis) {
        if (unixMillis < 0 || unixMillis > MAX_TIMESTAMP) {
            throw new IllegalArgumentException("timestamp must fit in 48 bits, was " + unixMillis);
        }
        // Layout: 48 bits timestamp | 4 bits version (0111) | 12 random bits
        //         2 bits variant (10) | 62 random bits
        long mostSignificant = (unixMillis << 16) | 0x7000L | (RANDOM.nextLong() & 0x0FFFL);
        long leastSignificant = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
