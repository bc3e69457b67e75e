package shop.promo.ranking.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The sliding window a ranking sums: the last {@link #buckets()} buckets of {@code bucket} length,
 * the current (unfinished) one included. Sales are kept per bucket, so the window slides by
 * dropping whole buckets instead of re-reading orders; its start therefore moves in steps of one
 * bucket and it may reach up to one bucket further back than {@code length}.
 *
 * <p>Buckets are aligned to the epoch (an hour bucket starts on the hour, UTC).
 */
public record SalesWindow(Duration length, Duration bucket) {

    public SalesWindow {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(bucket, "bucket");
        if (bucket.isNegative() || bucket.isZero() || bucket.toMillis() == 0) {
            throw new IllegalArgumentException("a bucket lasts at least a millisecond: " + bucket);
        }
        if (length.compareTo(bucket) < 0) {
            throw new IllegalArgumentException("the window " + length + " is shorter than a bucket " + bucket);
        }
    }

    /** The start of the bucket holding {@code moment}. */
    public Instant bucketOf(Instant moment) {
        long size = bucket.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(moment.toEpochMilli(), size) * size);
    }

    /** How many buckets the window sums: enough to cover its length. */
    public long buckets() {
        long size = bucket.toMillis();
        return (length.toMillis() + size - 1) / size;
    }

    /** The first bucket inside the window at {@code now}; sales in earlier buckets no longer count. */
    public Instant startAt(Instant now) {
        return bucketOf(now).minusMillis((buckets() - 1) * bucket.toMillis());
    }

    /** Whether a sale at {@code moment} counts in the window at {@code now}. */
    public boolean counts(Instant moment, Instant now) {
        return !moment.isBefore(startAt(now));
    }
}
