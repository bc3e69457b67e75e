package shop.inventory.reservation.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which warehouse serves a checkout line: one that can send the whole line by itself, because a
 * line split over two warehouses would reach the shopper in two parcels. Among those, the lowest
 * priority (the shop's preferred warehouse), then the most units available (keeping stock
 * spread), then the code, so the choice never depends on the order rows were read in. A
 * disabled warehouse serves no line.
 */
public final class WarehouseChoice {

    /** A warehouse holding the SKU, as the choice sees it. */
    public record Candidate(String warehouseId, String code, int priority, boolean enabled, int available) {
    }

    private static final Comparator<Candidate> PREFERRED = Comparator.comparingInt(Candidate::priority)
            .thenComparing(Comparator.comparingInt(Candidate::available).reversed())
            .thenComparing(Candidate::code);

    private WarehouseChoice() {
    }

    /** The warehouse to take {@code quantity} units from, or empty when no single one can. */
    public static Optional<Candidate> of(int quantity, List<Candidate> candidates) {
        return candidates.stream()
                .filter(c -> c.enabled() && c.available() >= quantity)
                .min(PREFERRED);
    }
}
