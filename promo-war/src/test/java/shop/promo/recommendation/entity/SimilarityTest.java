package shop.promo.recommendation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import shop.promo.ranking.entity.ProductFact;
import shop.promo.recommendation.entity.Similarity.Similar;

class SimilarityTest {

    static final ProductFact PHONE = product("phone", "smart", "huawei", 200_000);

    static ProductFact product(String id, String category, String brand, long price) {
        return new ProductFact(id, "商品 " + id, category, brand, price, "CNY", true);
    }

    static List<String> ids(List<Similar> similar) {
        return similar.stream().map(s -> s.product().productId()).toList();
    }

    @Test
    void same_category_weighs_more_than_same_brand_and_both_most() {
        double both = Similarity.score(PHONE, product("b", "smart", "huawei", 200_000));
        double category = Similarity.score(PHONE, product("c", "smart", "xiaomi", 200_000));
        double brand = Similarity.score(PHONE, product("d", "laptops", "huawei", 200_000));
        assertEquals(4.0, both);
        assertEquals(3.0, category);
        assertEquals(2.0, brand);
    }

    @Test
    void nearer_prices_score_higher_within_the_same_category() {
        assertEquals(2.5, Similarity.score(PHONE, product("x", "smart", "xiaomi", 400_000)));
        assertEquals(2.5, Similarity.score(PHONE, product("y", "smart", "xiaomi", 100_000)));
        assertEquals(List.of("near", "far"), ids(Similarity.rank(PHONE,
                List.of(product("far", "smart", null, 900_000), product("near", "smart", null, 210_000)), 10)));
    }

    @Test
    void the_product_itself_unrelated_and_unpublished_products_are_never_similar() {
        List<ProductFact> candidates = List.of(PHONE, product("shirt", "clothes", "uniqlo", 200_000),
                ProductFact.notOnSale("draft"), new ProductFact("off", "下架", "smart", "huawei", 200_000, "CNY", false),
                product("ok", "smart", null, 150_000));
        assertEquals(List.of("ok"), ids(Similarity.rank(PHONE, candidates, 10)));
    }

    @Test
    void a_product_without_brand_is_similar_by_category_only() {
        ProductFact noBrand = product("n", "smart", null, 100);
        assertEquals(0.0, Similarity.score(noBrand, product("m", "laptops", null, 100)));
        assertEquals(3.0, Similarity.score(noBrand, product("s", "smart", null, 100)));
    }

    @Test
    void equal_scores_are_ordered_by_product_id_and_each_candidate_counts_once() {
        List<ProductFact> candidates = List.of(product("b", "smart", null, 200_000), product("a", "smart", null, 200_000),
                product("b", "smart", null, 200_000));
        assertEquals(List.of("a", "b"), ids(Similarity.rank(PHONE, candidates, 10)));
        assertEquals(List.of("a"), ids(Similarity.rank(PHONE, candidates, 1)));
    }

    @Test
    void an_unknown_price_adds_no_nearness() {
        assertEquals(2.0, Similarity.score(PHONE, product("free", "smart", null, 0)), "same category, price unknown");
    }
}
