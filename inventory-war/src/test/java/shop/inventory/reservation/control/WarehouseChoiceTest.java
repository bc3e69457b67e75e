package shop.inventory.reservation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import shop.inventory.reservation.control.WarehouseChoice.Candidate;

class WarehouseChoiceTest {

    static Candidate warehouse(String code, int priority, int available) {
        return new Candidate("id-" + code, code, priority, true, available);
    }

    static String chosen(int quantity, Candidate... candidates) {
        return WarehouseChoice.of(quantity, List.of(candidates)).map(Candidate::code).orElse(null);
    }

    @Test
    void the_first_warehouse_by_priority_that_can_send_the_whole_line_serves_it() {
        assertEquals("SH", chosen(5, warehouse("GZ", 20, 50), warehouse("SH", 10, 5)));
        assertEquals("SH", chosen(1, warehouse("SH", 10, 1), warehouse("GZ", 20, 999)));
    }

    @Test
    void a_line_the_first_warehouse_cannot_send_alone_goes_to_the_next_that_can() {
        assertEquals("GZ", chosen(6, warehouse("SH", 10, 5), warehouse("GZ", 20, 6), warehouse("BJ", 30, 100)));
    }

    @Test
    void among_warehouses_of_the_same_priority_the_one_with_most_available_serves() {
        assertEquals("GZ", chosen(2, warehouse("SH", 10, 3), warehouse("GZ", 10, 8), warehouse("BJ", 5, 1)));
    }

    @Test
    void equal_priority_and_stock_are_settled_by_code_whatever_the_order_read() {
        assertEquals("GZ", chosen(1, warehouse("SH", 10, 4), warehouse("GZ", 10, 4)));
        assertEquals("GZ", chosen(1, warehouse("GZ", 10, 4), warehouse("SH", 10, 4)));
    }

    @Test
    void a_line_is_never_split_so_no_single_warehouse_means_none() {
        assertEquals(null, chosen(8, warehouse("SH", 10, 5), warehouse("GZ", 20, 5)), "10 units together, but 5 in each");
        assertTrue(WarehouseChoice.of(1, List.of()).isEmpty(), "a SKU kept nowhere");
    }

    @Test
    void a_disabled_warehouse_serves_no_line() {
        Candidate closed = new Candidate("id-SH", "SH", 10, false, 100);
        assertEquals("GZ", chosen(3, closed, warehouse("GZ", 20, 3)));
        assertEquals(null, chosen(4, closed, warehouse("GZ", 20, 3)));
    }
}
