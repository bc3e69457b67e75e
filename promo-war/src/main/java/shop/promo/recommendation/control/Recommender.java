package shop.promo.recommendation.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;
import shop.platform.problem.ProblemException;
import shop.promo.ranking.control.ProductFacts;
import shop.promo.ranking.entity.ProductFact;
import shop.promo.recommendation.entity.ProductPairs;
import shop.promo.recommendation.entity.Recommendations;

/**
 * Recommendations for a product on sale. While the catalog does not answer, products bought
 * together still come from the promo service's own order history, and similar products from
 * memory (or none).
 */
@ApplicationScoped
public class Recommender {

    @Inject
    ProductFacts facts;

    @Inject
    PairBook pairs;

    @Inject
    SimilarProducts similar;

    /** Unknown or unpublished products are 404; a product the catalog cannot tell about and nobody bought is 503. */
    public Recommendations forProduct(String productId, int limit) {
        Optional<ProductFact> product = facts.current(productId);
        if (product.isPresent() && !product.get().onSale()) {
            throw ProblemException.notFound("No such product.");
        }
        List<ProductPairs.Partner> together = pairs.partnersOf(productId, limit);
        if (product.isEmpty()) {
            if (together.isEmpty()) {
                throw new ProblemException(Problem.of(ErrorCode.SERVICE_UNAVAILABLE,
                        "The catalog is not answering; try again shortly."), Map.of("Retry-After", "5"));
            }
            return new Recommendations(productId, together, List.of());
        }
        return new Recommendations(productId, together, similar.of(product.get(), limit));
    }
}
