package shop.order.pricing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import shop.order.pricing.entity.BasketLine;
import shop.order.pricing.entity.ShippingTemplate;
import shop.order.pricing.entity.ShippingTemplate.Mode;

class ShippingTemplateTest {

    static final ShippingTemplate BY_WEIGHT = new ShippingTemplate(Mode.WEIGHT, 1000, 1000, 800, 200, 9900, 500,
            Set.of("西藏自治区"), 2000, 1000);

    static BasketLine line(long price, int grams, int quantity) {
        return new BasketLine("s", "p", "商品", "{}", null, price, "CNY", grams, quantity);
    }

    @Test
    void the_first_kilogram_pays_the_first_fee_and_each_started_kilogram_after_it_the_extra_fee() {
        assertEquals(800, BY_WEIGHT.fee(List.of(line(1000, 1000, 1)), "浙江省", 1000).amount());
        assertEquals(1000, BY_WEIGHT.fee(List.of(line(1000, 1001, 1)), "浙江省", 1000).amount());
        assertEquals(1200, BY_WEIGHT.fee(List.of(line(1000, 700, 4)), "浙江省", 4000).amount(), "2.8 kg: 1 + 2 started");
    }

    @Test
    void a_sku_without_a_weight_counts_the_default_weight() {
        assertEquals(800, BY_WEIGHT.fee(List.of(line(1000, 0, 2)), "浙江省", 2000).amount(), "2 x 500 g");
        assertEquals(1000, BY_WEIGHT.fee(List.of(line(1000, 0, 3)), "浙江省", 3000).amount(), "3 x 500 g");
    }

    @Test
    void items_reaching_the_threshold_ship_free_except_to_remote_regions() {
        ShippingTemplate.Fee free = BY_WEIGHT.fee(List.of(line(9900, 5000, 1)), "浙江省", 9900);
        assertEquals(0, free.amount());
        assertTrue(free.label().contains("99"), free.label());
        assertEquals(800 + 4 * 200, BY_WEIGHT.fee(List.of(line(9899, 5000, 1)), "浙江省", 9899).amount(), "one fen short");
        assertEquals(2000 + 4 * 1000, BY_WEIGHT.fee(List.of(line(9900, 5000, 1)), "西藏自治区", 9900).amount());
    }

    @Test
    void an_unchosen_region_is_charged_as_a_near_one() {
        assertEquals(800, BY_WEIGHT.fee(List.of(line(1000, 100, 1)), null, 1000).amount());
    }

    @Test
    void by_piece_the_first_piece_pays_the_first_fee() {
        ShippingTemplate byPiece = new ShippingTemplate(Mode.PIECE, 1, 1, 600, 100, 0, 500, Set.of(), 0, 0);
        assertEquals(600, byPiece.fee(List.of(line(100, 5000, 1)), "浙江省", 100).amount());
        assertEquals(600 + 4 * 100, byPiece.fee(List.of(line(100, 5000, 2), line(100, 1, 3)), "浙江省", 500).amount());
        assertEquals(600 + 4 * 100, byPiece.fee(List.of(line(100_000, 1, 5)), "浙江省", 500_000).amount(), "no threshold: never free");
    }

    @Test
    void nothing_to_ship_costs_nothing() {
        assertEquals(0, BY_WEIGHT.fee(List.of(), "浙江省", 0).amount());
    }
}
