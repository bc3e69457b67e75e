package shop.order.checkout.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** RFC 7240's Prefer header, as a client may send it. */
class RespondAsyncTest {

    @Test
    void respond_async_is_found_among_other_preferences() {
        assertTrue(OrderResource.respondAsync("respond-async"));
        assertTrue(OrderResource.respondAsync("Respond-Async"));
        assertTrue(OrderResource.respondAsync("respond-async, wait=0"));
        assertTrue(OrderResource.respondAsync("return=minimal , respond-async"));
        assertTrue(OrderResource.respondAsync("respond-async; x=1"));
    }

    @Test
    void anything_else_is_the_synchronous_answer() {
        assertFalse(OrderResource.respondAsync(null));
        assertFalse(OrderResource.respondAsync(""));
        assertFalse(OrderResource.respondAsync("wait=10"));
        assertFalse(OrderResource.respondAsync("return=representation"));
        assertFalse(OrderResource.respondAsync("respond-asynchronously"));
    }
}
