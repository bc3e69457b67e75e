package shop.promo.recommendation.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Products bought together: every paid order adds one to each pair of distinct products it held,
 * counted both ways (A with B and B with A), however many units of each. A product's partners rank
 * by the number of orders, then by product id, so equal counts always come out in the same order.
 */
public final class ProductPairs {

    /**
     * The most distinct products of one order that pairs are counted for: n products make n(n-1)
     * pairs, and a huge basket says little about what goes together.
     */
    public static final int MAX_PRODUCTS_PER_ORDER = 30;

    /** {@code productId} was bought with {@code otherId}. */
    public record Pair(String productId, String otherId) {
    }

    /** A product bought together with another, in {@code orders} paid orders. */
    public record Partner(String productId, String name, long orders) {
    }

    /** Most orders first, then product id. */
    public static final Comparator<Partner> ORDER = Comparator.comparingLong(Partner::orders).reversed()
            .thenComparing(Partner::productId);

    private ProductPairs() {
    }

    /**
     * The ordered pairs of one order's products (duplicates ignored), or none when the order holds
     * more than {@link #MAX_PRODUCTS_PER_ORDER} distinct products.
     */
    public static List<Pair> of(Collection<String> productIds) {
        TreeSet<String> distinct = new TreeSet<>(productIds);
        List<Pair> pairs = new ArrayList<>();
        if (distinct.size() > MAX_PRODUCTS_PER_ORDER) {
            return pairs;
        }
        for (String product : distinct) {
            for (String other : distinct) {
                if (!product.equals(other)) {
                    pairs.add(new Pair(product, other));
                }
            }
        }
        return pairs;
    }

    /** The first {@code limit} partners that still share an order, in {@link #ORDER}. */
    public static List<Partner> rank(Collection<Partner> partners, int limit) {
        return partners.stream().filter(p -> p.orders() > 0).sorted(ORDER).limit(limit).toList();
    }
}
