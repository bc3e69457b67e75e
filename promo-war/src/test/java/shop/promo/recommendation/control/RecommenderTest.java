package shop.promo.recommendation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.promo.ranking.control.ProductFacts;
import shop.promo.ranking.entity.ProductFact;
import shop.promo.recommendation.entity.ProductPairs.Partner;
import shop.promo.recommendation.entity.Recommendations;
import shop.promo.recommendation.entity.Similarity.Similar;

class RecommenderTest {

    static final ProductFact KETTLE = new ProductFact("k1", "水壶", "kettles", null, 10_000, "CNY", true);
    static final Similar CUP = new Similar(new ProductFact("c1", "杯子", "kettles", null, 9_000, "CNY", true), 2.9);

    /** A recommender whose catalog facts, order history and similar products are given. */
    static Recommender recommender(Optional<ProductFact> fact, List<Partner> together) {
        Recommender recommender = new Recommender();
        recommender.facts = new ProductFacts() {
            @Override
            public Optional<ProductFact> current(String productId) {
                return fact;
            }
        };
        recommender.pairs = new PairBook() {
            @Override
            public List<Partner> partnersOf(String productId, int limit) {
                return together;
            }
        };
        recommender.similar = new SimilarProducts() {
            @Override
            public List<Similar> of(ProductFact product, int limit) {
                return List.of(CUP);
            }
        };
        return recommender;
    }

    @Test
    void a_product_on_sale_gets_both_lists() {
        Recommendations found = recommender(Optional.of(KETTLE), List.of(new Partner("c1", "杯子", 3))).forProduct("k1", 10);
        assertEquals("k1", found.productId());
        assertEquals(List.of(new Partner("c1", "杯子", 3)), found.boughtTogether());
        assertEquals(List.of(CUP), found.similar());
    }

    @Test
    void a_product_the_catalog_does_not_show_is_not_found_even_if_it_was_bought_once() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> recommender(Optional.of(ProductFact.notOnSale("gone")), List.of(new Partner("c1", "杯子", 1))).forProduct("gone", 10));
        assertEquals(ErrorCode.NOT_FOUND, refused.problem().code());
    }

    @Test
    void while_the_catalog_is_silent_products_bought_together_are_still_answered() {
        Recommendations found = recommender(Optional.empty(), List.of(new Partner("c1", "杯子", 2))).forProduct("k1", 10);
        assertEquals(1, found.boughtTogether().size());
        assertEquals(List.of(), found.similar(), "nothing to compare with");
    }

    @Test
    void while_the_catalog_is_silent_a_product_nobody_bought_is_unavailable_not_missing() {
        ProblemException unavailable = assertThrows(ProblemException.class, () -> recommender(Optional.empty(), List.of()).forProduct("k1", 10));
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE, unavailable.problem().code());
        assertEquals("5", unavailable.headers().get("Retry-After"));
    }
}
