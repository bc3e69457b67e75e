package shop.promo.recommendation.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.promo.ranking.control.CatalogLookups;
import shop.promo.ranking.entity.ProductFact;
import shop.promo.recommendation.entity.Similarity;

/**
 * Similar products from the catalog: the published products of the product's category and of its
 * brand, scored by {@link Similarity}. The last answer per product is kept in memory (the most
 * recent {@value #REMEMBERED} products), and served while the catalog does not answer; a product
 * never answered for then has no similar products.
 */
@ApplicationScoped
public class SimilarProducts {

    static final int REMEMBERED = 1_000;

    @Inject
    CatalogLookups catalog;

    private final Map<String, List<Similarity.Similar>> remembered = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Similarity.Similar>> eldest) {
                    return size() > REMEMBERED;
                }
            });

    public List<Similarity.Similar> of(ProductFact product, int limit) {
        Optional<List<ProductFact>> sameCategory = product.categoryId() == null ? Optional.of(List.of())
                : catalog.published(product.categoryId(), null);
        Optional<List<ProductFact>> sameBrand = product.brandId() == null ? Optional.of(List.of())
                : catalog.published(null, product.brandId());
        if (sameCategory.isEmpty() || sameBrand.isEmpty()) {
            List<Similarity.Similar> last = remembered.getOrDefault(product.productId(), List.of());
            return last.subList(0, Math.min(limit, last.size()));
        }
        List<ProductFact> candidates = new ArrayList<>(sameCategory.get());
        candidates.addAll(sameBrand.get());
        List<Similarity.Similar> similar = Similarity.rank(product, candidates, limit);
        remembered.put(product.productId(), similar);
        return similar;
    }
}
