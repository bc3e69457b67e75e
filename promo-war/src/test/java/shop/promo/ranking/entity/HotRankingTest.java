package shop.promo.ranking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import shop.promo.ranking.entity.HotRanking.Place;
import shop.promo.ranking.entity.HotRanking.Sold;

class HotRankingTest {

    static Sold sold(String id, long units) {
        return new Sold(id, "商品 " + id, "c1", units);
    }

    static List<String> ids(List<Place> places) {
        return places.stream().map(Place::productId).toList();
    }

    @Test
    void most_units_sold_rank_first_and_ranks_count_from_one() {
        List<Place> places = HotRanking.rank(List.of(sold("a", 3), sold("b", 9), sold("c", 5)), 10);
        assertEquals(List.of("b", "c", "a"), ids(places));
        assertEquals(List.of(1, 2, 3), places.stream().map(Place::rank).toList());
        assertEquals(9, places.get(0).unitsSold());
    }

    @Test
    void equal_units_are_ordered_by_product_id_whatever_order_they_were_read_in() {
        assertEquals(List.of("x", "a", "m", "z"), ids(HotRanking.rank(List.of(sold("z", 2), sold("x", 7), sold("m", 2), sold("a", 2)), 10)));
        assertEquals(List.of("x", "a", "m", "z"), ids(HotRanking.rank(List.of(sold("a", 2), sold("m", 2), sold("z", 2), sold("x", 7)), 10)));
    }

    @Test
    void tied_products_still_get_distinct_ranks() {
        assertEquals(List.of(1, 2), HotRanking.rank(List.of(sold("b", 4), sold("a", 4)), 10).stream().map(Place::rank).toList());
    }

    @Test
    void the_limit_cuts_the_ranking_after_ordering() {
        assertEquals(List.of("c", "b"), ids(HotRanking.rank(List.of(sold("a", 1), sold("b", 2), sold("c", 3)), 2)));
    }

    @Test
    void products_whose_units_were_all_refunded_are_left_out() {
        assertEquals(List.of("a"), ids(HotRanking.rank(List.of(sold("a", 1), sold("b", 0)), 10)));
    }
}
