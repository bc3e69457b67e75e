package shop.promo.exchange.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** An exchange's state machine: pending ends once; only a done exchange is returned, once. */
class PointsExchangeTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-29T10:00:00+08:00");

    private static PointsExchange pending() {
        return PointsExchange.begin("e", "offer", "user", 2_000, "lra", NOW);
    }

    @Test
    void a_done_gift_is_returned_once_and_then_no_longer_live() {
        PointsExchange exchange = pending();
        exchange.ordered("order", NOW);
        assertTrue(exchange.status().live());
        assertTrue(exchange.done(NOW));
        assertFalse(exchange.refuse(null, NOW), "a done exchange is not refused by a late compensation");
        assertTrue(exchange.returned(NOW));
        assertFalse(exchange.returned(NOW), "a second refund event changes nothing");
        assertEquals(PointsExchange.Status.RETURNED, exchange.status());
        assertFalse(exchange.status().live());
        assertEquals("order", exchange.orderId());
    }

    @Test
    void a_refused_exchange_is_never_returned_nor_done() {
        PointsExchange exchange = pending();
        assertFalse(exchange.returned(NOW), "only a done exchange is returned");
        assertTrue(exchange.refuse("{\"code\":\"SOLD_OUT\"}", NOW));
        assertFalse(exchange.done(NOW));
        assertFalse(exchange.returned(NOW));
        assertFalse(exchange.status().live());
        assertNull(exchange.couponId());
    }
}
