package shop.user.history.entity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How much browse history is kept: the newest {@value #MAX_PRODUCTS} products of the last
 * {@value #MAX_AGE_DAYS} days. Enough to find yesterday's product again, not a long-term profile
 * of a shopper's interests (data minimisation).
 */
public final class HistoryRetention {

    public static final int MAX_PRODUCTS = 100;
    public static final int MAX_AGE_DAYS = 90;

    private HistoryRetention() {
    }

    /** The oldest view still kept at {@code now}. */
    public static OffsetDateTime oldestKept(OffsetDateTime now) {
        return now.minus(Duration.ofDays(MAX_AGE_DAYS));
    }

    /**
     * The entries to drop from a shopper's history, given all of them newest first: those past
     * the first {@value #MAX_PRODUCTS} and those viewed before {@link #oldestKept}.
     */
    public static <E> List<E> toDrop(List<E> newestFirst, Function<E, OffsetDateTime> viewedAt, OffsetDateTime now) {
        OffsetDateTime oldest = oldestKept(now);
        List<E> drop = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            E entry = newestFirst.get(i);
            if (i >= MAX_PRODUCTS || viewedAt.apply(entry).isBefore(oldest)) {
                drop.add(entry);
            }
        }
        return drop;
    }
}
