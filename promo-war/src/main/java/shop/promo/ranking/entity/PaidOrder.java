package shop.promo.ranking.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A paid order as rankings count it: when it was paid and how many units of each product it
 * held (the lines of one product, whatever their SKUs, added together), in product id order.
 */
public record PaidOrder(String orderId, Instant paidAt, Map<String, Long> unitsByProduct) {

    public PaidOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(paidAt, "paidAt");
        // Sorted: every transaction then touches the same products' rows in the same order (no deadlocks).
        unitsByProduct = Collections.unmodifiableSortedMap(new TreeMap<>(unitsByProduct));
        unitsByProduct.forEach((product, units) -> {
            if (units <= 0) {
                throw new IllegalArgumentException("units of " + product + " must be positive: " + units);
            }
        });
    }

    /** Collects an order's lines (product, quantity) into units per product. */
    public static final class Lines {
        private final Map<String, Long> units = new TreeMap<>();

        public Lines add(String productId, long quantity) {
            if (productId == null || productId.isBlank()) {
                throw new IllegalArgumentException("a line names its product");
            }
            if (quantity <= 0) {
                throw new IllegalArgumentException("a line's quantity must be positive: " + quantity);
            }
            units.merge(productId, quantity, Long::sum);
            return this;
        }

        public PaidOrder paid(String orderId, Instant paidAt) {
            return new PaidOrder(orderId, paidAt, units);
        }
    }
}
