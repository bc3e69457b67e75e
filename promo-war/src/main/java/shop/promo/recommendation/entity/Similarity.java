package shop.promo.recommendation.entity;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import shop.promo.ranking.entity.ProductFact;

/**
 * How alike two products are, from catalog attributes only: sharing the category counts 2,
 * sharing the brand 1, and the nearness of their prices up to 1 more (the cheaper price over the
 * dearer one: 1 at the same price, 0.5 at twice the price). A candidate that shares neither
 * category nor brand, is not on sale, or is the product itself is not similar at all.
 */
public final class Similarity {

    /** A similar product and its score (higher is more alike). */
    public record Similar(ProductFact product, double score) {
    }

    /** Highest score first, then product id. */
    public static final Comparator<Similar> ORDER = Comparator.comparingDouble(Similar::score).reversed()
            .thenComparing(s -> s.product().productId());

    private Similarity() {
    }

    /** The score of {@code candidate} against {@code product}, or 0 when it is not similar. */
    public static double score(ProductFact product, ProductFact candidate) {
        if (!candidate.onSale() || candidate.productId().equals(product.productId())) {
            return 0;
        }
        boolean sameCategory = product.categoryId() != null && product.categoryId().equals(candidate.categoryId());
        boolean sameBrand = product.brandId() != null && product.brandId().equals(candidate.brandId());
        if (!sameCategory && !sameBrand) {
            return 0;
        }
        return (sameCategory ? 2 : 0) + (sameBrand ? 1 : 0) + priceNearness(product.price(), candidate.price());
    }

    /** 1 for equal prices, falling towards 0 as one grows against the other; 0 when a price is unknown. */
    static double priceNearness(long price, long other) {
        if (price <= 0 || other <= 0) {
            return 0;
        }
        return (double) Math.min(price, other) / Math.max(price, other);
    }

    /** The {@code limit} candidates most like {@code product} (each product once), in {@link #ORDER}. */
    public static List<Similar> rank(ProductFact product, Collection<ProductFact> candidates, int limit) {
        Map<String, ProductFact> distinct = new LinkedHashMap<>();
        candidates.stream().filter(Objects::nonNull).forEach(c -> distinct.putIfAbsent(c.productId(), c));
        return distinct.values().stream()
                .map(c -> new Similar(c, score(product, c)))
                .filter(s -> s.score() > 0)
                .sorted(ORDER)
                .limit(limit)
                .toList();
    }
}
