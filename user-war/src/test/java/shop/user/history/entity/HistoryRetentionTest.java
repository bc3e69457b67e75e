package shop.user.history.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** Browse history keeps the newest 100 products of the last 90 days. */
class HistoryRetentionTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    record Entry(String productId, OffsetDateTime viewedAt) {
    }

    private static final Function<Entry, OffsetDateTime> VIEWED_AT = Entry::viewedAt;

    /** {@code count} entries, newest first, one minute apart, the first viewed now. */
    private static List<Entry> history(int count) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new Entry("p" + i, NOW.minusMinutes(i)));
        }
        return entries;
    }

    @Test
    void a_hundred_recent_products_are_all_kept() {
        assertEquals(List.of(), HistoryRetention.toDrop(history(100), VIEWED_AT, NOW));
    }

    @Test
    void the_hundred_and_first_product_and_older_ones_are_dropped() {
        List<Entry> entries = history(103);
        assertEquals(entries.subList(100, 103), HistoryRetention.toDrop(entries, VIEWED_AT, NOW));
    }

    @Test
    void views_older_than_ninety_days_are_dropped_however_few() {
        Entry recent = new Entry("recent", NOW.minusDays(89));
        Entry lastDay = new Entry("last-day", NOW.minusDays(90));
        Entry old = new Entry("old", NOW.minusDays(90).minusSeconds(1));
        assertEquals(List.of(old), HistoryRetention.toDrop(List.of(recent, lastDay, old), VIEWED_AT, NOW));
        assertEquals(NOW.minusDays(90), HistoryRetention.oldestKept(NOW));
    }

    @Test
    void both_rules_apply_together() {
        List<Entry> entries = new ArrayList<>(history(100));
        Entry old = new Entry("old", NOW.minusDays(91));
        entries.add(50, old);
        List<Entry> drop = HistoryRetention.toDrop(entries, VIEWED_AT, NOW);
        assertEquals(List.of(old, entries.get(100)), drop, "the stale one, and the one past the hundredth place");
    }
}
