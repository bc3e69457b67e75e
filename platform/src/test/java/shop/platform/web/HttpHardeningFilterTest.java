package shop.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The storefront origins setting, as operators write it. */
class HttpHardeningFilterTest {

    @Test
    void origins_are_a_comma_separated_list_without_blanks_or_trailing_slashes() {
        assertEquals(Set.of(), HttpHardeningFilter.origins(""));
        assertEquals(Set.of(), HttpHardeningFilter.origins(" , "));
        assertEquals(Set.of("https://shop.example"), HttpHardeningFilter.origins("https://shop.example/"));
        assertEquals(Set.of("https://shop.example", "http://localhost:5173"),
                HttpHardeningFilter.origins(" https://shop.example , http://localhost:5173 "));
    }
}
