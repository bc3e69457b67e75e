package shop.promo.ranking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SalesWindowTest {

    static final SalesWindow WEEK_OF_HOURS = new SalesWindow(Duration.ofDays(7), Duration.ofHours(1));

    @Test
    void a_sale_goes_into_the_bucket_of_its_hour() {
        assertEquals(Instant.parse("2026-11-28T10:00:00Z"), WEEK_OF_HOURS.bucketOf(Instant.parse("2026-11-28T10:59:59.999Z")));
        assertEquals(Instant.parse("2026-11-28T11:00:00Z"), WEEK_OF_HOURS.bucketOf(Instant.parse("2026-11-28T11:00:00Z")));
    }

    @Test
    void moments_before_the_epoch_still_fall_into_the_bucket_that_starts_before_them() {
        assertEquals(Instant.parse("1969-12-31T23:00:00Z"), WEEK_OF_HOURS.bucketOf(Instant.parse("1969-12-31T23:30:00Z")));
    }

    @Test
    void a_week_of_hourly_buckets_sums_168_buckets_the_current_one_included() {
        assertEquals(168, WEEK_OF_HOURS.buckets());
        Instant now = Instant.parse("2026-11-28T10:15:00Z");
        assertEquals(Instant.parse("2026-11-21T11:00:00Z"), WEEK_OF_HOURS.startAt(now));
    }

    @Test
    void the_window_slides_by_whole_buckets() {
        assertEquals(WEEK_OF_HOURS.startAt(Instant.parse("2026-11-28T10:00:00Z")),
                WEEK_OF_HOURS.startAt(Instant.parse("2026-11-28T10:59:59Z")), "within one hour the start stays");
        assertEquals(Instant.parse("2026-11-21T12:00:00Z"), WEEK_OF_HOURS.startAt(Instant.parse("2026-11-28T11:00:00Z")),
                "the next hour drops the oldest bucket");
    }

    @Test
    void a_sale_counts_until_its_bucket_leaves_the_window() {
        Instant sale = Instant.parse("2026-11-21T11:20:00Z");
        assertTrue(WEEK_OF_HOURS.counts(sale, Instant.parse("2026-11-28T10:59:59Z")));
        assertFalse(WEEK_OF_HOURS.counts(sale, Instant.parse("2026-11-28T11:00:00Z")));
    }

    @Test
    void a_length_that_is_not_a_whole_number_of_buckets_is_rounded_up() {
        SalesWindow window = new SalesWindow(Duration.ofMinutes(90), Duration.ofHours(1));
        assertEquals(2, window.buckets());
        assertEquals(Instant.parse("2026-11-28T09:00:00Z"), window.startAt(Instant.parse("2026-11-28T10:10:00Z")));
    }

    @Test
    void a_window_shorter_than_a_bucket_or_an_empty_bucket_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new SalesWindow(Duration.ofMinutes(30), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new SalesWindow(Duration.ofDays(1), Duration.ZERO));
    }
}
