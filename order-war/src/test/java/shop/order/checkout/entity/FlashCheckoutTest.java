package shop.order.checkout.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;

/** A queued flash sale checkout: run once, then placed or refused once. */
class FlashCheckoutTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    private static FlashCheckout queued() {
        return FlashCheckout.queued("c1", "u1", "alice", "sale1", "take1", "sku1", 1, 9900, "addr1", NOW);
    }

    @Test
    void a_queued_checkout_is_run_by_one_runner_only() {
        FlashCheckout c = queued();
        assertEquals(FlashCheckoutStatus.QUEUED, c.status());
        assertTrue(c.start(NOW.plusSeconds(1)));
        assertEquals(FlashCheckoutStatus.RUNNING, c.status());
        assertFalse(c.start(NOW.plusSeconds(2)), "a second runner (or the sweep) leaves it alone");
    }

    @Test
    void a_run_ends_placed_or_refused_with_the_problem() {
        FlashCheckout placed = queued();
        assertThrows(IllegalStateException.class, () -> placed.placed(NOW), "placed only by the runner that has it");
        placed.start(NOW);
        placed.placed(NOW.plusSeconds(1));
        assertEquals(FlashCheckoutStatus.PLACED, placed.status());
        assertNull(placed.problem());
        assertFalse(placed.start(NOW));
        assertThrows(IllegalStateException.class, () -> placed.refused(Problem.of(ErrorCode.OUT_OF_STOCK, "gone"), NOW));

        FlashCheckout refused = queued();
        refused.start(NOW);
        refused.refused(Problem.of(ErrorCode.OUT_OF_STOCK, "Not enough stock."), NOW.plusSeconds(1));
        assertEquals(FlashCheckoutStatus.REFUSED, refused.status());
        assertEquals(ErrorCode.OUT_OF_STOCK, refused.problem().code());
        assertEquals(409, refused.problem().status());
        assertEquals("Not enough stock.", refused.problem().detail());
        assertThrows(IllegalStateException.class, () -> refused.placed(NOW));
    }

    @Test
    void a_queued_checkout_can_be_refused_before_it_ran_and_long_details_are_cut() {
        FlashCheckout c = queued();
        c.refused(Problem.of(ErrorCode.SERVICE_UNAVAILABLE, "x".repeat(600)), NOW);
        assertEquals(500, c.problem().detail().length());
        assertFalse(c.start(NOW), "a refused checkout is never run");
    }
}
