package shop.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class IdempotencyFilterTest {

    private static String hash(String body) {
        return IdempotencyFilter.hash("POST orders", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bodies_are_compared_after_parsing() {
        assertEquals(hash("{\"a\":1,\"b\":{\"x\":[1,2],\"y\":\"z\"}}"),
                hash("{ \"b\" : { \"y\":\"z\", \"x\":[1, 2] },\n \"a\": 1 }"));
    }

    @Test
    void different_values_or_order_of_array_items_are_different_bodies() {
        assertNotEquals(hash("{\"a\":1}"), hash("{\"a\":2}"));
        assertNotEquals(hash("{\"a\":[1,2]}"), hash("{\"a\":[2,1]}"));
        assertNotEquals(hash("{\"a\":1}"), hash("{\"a\":1,\"b\":null}"));
    }

    @Test
    void a_body_that_is_not_json_is_compared_as_sent() {
        assertEquals(hash("not json"), hash("not json"));
        assertNotEquals(hash("not json"), hash("not  json"));
    }

    @Test
    void the_same_body_sent_to_another_target_is_another_request() {
        byte[] empty = new byte[0];
        assertNotEquals(IdempotencyFilter.hash("POST orders/a/cancel", empty), IdempotencyFilter.hash("POST orders/b/cancel", empty));
        assertEquals(IdempotencyFilter.hash("POST orders/a/cancel", empty), IdempotencyFilter.hash("POST orders/a/cancel", empty));
    }

    @Test
    void a_replay_repeats_only_the_headers_it_keeps() {
        assertEquals(java.util.Map.of("Location", "http://shop/order/orders/1", "Preference-Applied", "respond-async"),
                IdempotencyFilter.headers("{\"Location\":\"http://shop/order/orders/1\",\"Preference-Applied\":\"respond-async\","
                        + "\"Set-Cookie\":\"x=1\",\"Location2\":5}"));
        assertEquals(java.util.Map.of(), IdempotencyFilter.headers(null), "answers kept before headers were");
        assertEquals(java.util.Map.of(), IdempotencyFilter.headers(""));
    }
}
