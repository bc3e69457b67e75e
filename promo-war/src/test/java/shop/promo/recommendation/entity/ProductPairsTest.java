package shop.promo.recommendation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import shop.promo.recommendation.entity.ProductPairs.Pair;
import shop.promo.recommendation.entity.ProductPairs.Partner;

class ProductPairsTest {

    @Test
    void an_order_of_three_products_pairs_each_with_the_two_others_both_ways() {
        List<Pair> pairs = ProductPairs.of(List.of("c", "a", "b"));
        assertEquals(6, pairs.size());
        assertEquals(List.of(new Pair("a", "b"), new Pair("a", "c"), new Pair("b", "a"), new Pair("b", "c"), new Pair("c", "a"),
                new Pair("c", "b")), pairs);
    }

    @Test
    void a_product_named_twice_in_one_order_is_one_product_and_never_its_own_pair() {
        assertEquals(List.of(new Pair("a", "b"), new Pair("b", "a")), ProductPairs.of(List.of("a", "b", "a")));
        assertTrue(ProductPairs.of(List.of("a", "a")).isEmpty());
        assertTrue(ProductPairs.of(List.of("a")).isEmpty());
    }

    @Test
    void a_huge_basket_pairs_nothing() {
        List<String> products = new ArrayList<>(IntStream.range(0, ProductPairs.MAX_PRODUCTS_PER_ORDER).mapToObj(i -> "p" + i).toList());
        assertEquals(30 * 29, ProductPairs.of(products).size());
        products.add("one-too-many");
        assertTrue(ProductPairs.of(products).isEmpty());
    }

    @Test
    void partners_rank_by_orders_then_product_id_and_refunded_away_pairs_drop_out() {
        List<Partner> ranked = ProductPairs.rank(List.of(new Partner("z", "Z", 2), new Partner("b", "B", 5), new Partner("a", "A", 2),
                new Partner("gone", "G", 0)), 10);
        assertEquals(List.of("b", "a", "z"), ranked.stream().map(Partner::productId).toList());
        assertEquals(List.of("b"), ProductPairs.rank(ranked, 1).stream().map(Partner::productId).toList());
    }
}
