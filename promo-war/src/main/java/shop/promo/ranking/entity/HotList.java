package shop.promo.ranking.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A ranking as answered: the window it sums ({@code from} the first bucket to {@code to}, now) and its places. */
public record HotList(String categoryId, Instant from, Instant to, Duration length, List<HotRanking.Place> places) {

    public HotList {
        places = List.copyOf(places);
    }

    /** The window's length in ISO-8601, in days when it is whole days ({@code P7D} rather than {@code PT168H}). */
    public String lengthText() {
        long seconds = length.getSeconds();
        return seconds % 86_400 == 0 && length.getNano() == 0 ? "P" + seconds / 86_400 + "D" : length.toString();
    }
}
