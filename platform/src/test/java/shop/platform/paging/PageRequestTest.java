package shop.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void a_client_that_asks_for_nothing_gets_the_first_page_of_20() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
    }

    @Test
    void each_missing_parameter_takes_its_own_default() {
        assertEquals(new PageRequest(3, 20), PageRequest.of(3, null));
        assertEquals(new PageRequest(0, 50), PageRequest.of(null, 50));
    }

    @Test
    void the_smallest_and_largest_allowed_values_are_accepted() {
        assertEquals(new PageRequest(0, 1), PageRequest.of(0, 1));
        assertEquals(new PageRequest(Integer.MAX_VALUE, 100), PageRequest.of(Integer.MAX_VALUE, 100));
    }

    @Test
    void a_negative_page_is_refused_naming_the_page_parameter() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PageRequest.of(-1, 20));

        assertTrue(refused.getMessage().startsWith("page "), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE})
    void a_size_outside_1_to_100_is_refused_naming_the_size_parameter(int size) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PageRequest.of(0, size));

        assertTrue(refused.getMessage().startsWith("size "), refused.getMessage());
    }

    @Test
    void the_constructor_enforces_the_same_bounds() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 20));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 101));
    }

    @Test
    void offset_is_the_number_of_items_on_earlier_pages() {
        assertEquals(0, PageRequest.of(0, 20).offset());
        assertEquals(60, PageRequest.of(3, 20).offset());
    }

    @Test
    void offset_does_not_overflow_for_far_pages() {
        assertEquals(Integer.MAX_VALUE * 100L, PageRequest.of(Integer.MAX_VALUE, 100).offset());
    }
}
