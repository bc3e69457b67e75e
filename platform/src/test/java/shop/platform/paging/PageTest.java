package shop.platform.paging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

class PageTest {

    @Test
    void a_page_echoes_the_request_and_carries_the_total() {
        Page<String> page = Page.of(List.of("a", "b"), PageRequest.of(2, 2), 5);

        assertEquals(List.of("a", "b"), page.items());
        assertEquals(2, page.page());
        assertEquals(2, page.size());
        assertEquals(5, page.total());
    }

    @Test
    void map_converts_the_items_and_keeps_the_paging() {
        Page<Integer> lengths = Page.of(List.of("a", "bb"), PageRequest.of(1, 2), 4).map(String::length);

        assertEquals(new Page<>(List.of(1, 2), 1, 2, 4), lengths);
    }

    @Test
    void items_cannot_change_after_the_page_is_made() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = Page.of(items, PageRequest.of(null, null), 1);

        items.add("b");

        assertEquals(List.of("a"), page.items());
        assertThrows(UnsupportedOperationException.class, () -> page.items().add("c"));
    }

    @Test
    void a_negative_total_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Page.of(List.of(), PageRequest.of(null, null), -1));
    }

    @Test
    void json_names_are_items_page_size_total_in_that_order() {
        String[] contract = {"items", "page", "size", "total"};

        // JSON-B names a record's properties after its components.
        String[] components = Arrays.stream(Page.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toArray(String[]::new);
        assertArrayEquals(contract, components);
        assertArrayEquals(contract, Page.class.getAnnotation(JsonbPropertyOrder.class).value());
    }
}
