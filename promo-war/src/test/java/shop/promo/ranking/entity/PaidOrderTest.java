package shop.promo.ranking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PaidOrderTest {

    @Test
    void lines_of_one_product_in_several_skus_add_up() {
        PaidOrder order = new PaidOrder.Lines().add("p1", 2).add("p2", 1).add("p1", 3).paid("o1", Instant.EPOCH);
        assertEquals(Map.of("p1", 5L, "p2", 1L), order.unitsByProduct());
        assertEquals(java.util.List.of("a", "b", "c"), java.util.List.copyOf(new PaidOrder.Lines().add("c", 1).add("a", 1).add("b", 1)
                .paid("o2", Instant.EPOCH).unitsByProduct().keySet()), "in product id order");
    }

    @Test
    void a_line_without_product_or_with_no_units_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new PaidOrder.Lines().add(" ", 1));
        assertThrows(IllegalArgumentException.class, () -> new PaidOrder.Lines().add("p1", 0));
    }
}
