package shop.order.checkout.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

class FlashSaleGateTest {

    static FlashSaleGate gate(int takes, int slots, Duration soldOutFor, Duration slotWait) {
        FlashSaleGate gate = new FlashSaleGate();
        gate.concurrentTakes = takes;
        gate.maxConcurrent = slots;
        gate.soldOutRecheck = soldOutFor;
        gate.slotWait = slotWait;
        gate.retryAfterSeconds = 1;
        gate.create();
        return gate;
    }

    @Test
    void a_sold_out_answer_is_believed_for_a_moment_then_asked_again() throws InterruptedException {
        FlashSaleGate gate = gate(4, 4, Duration.ofMillis(200), Duration.ZERO);
        assertDoesNotThrow(() -> gate.refuseIfSoldOut("s1"));
        gate.soldOut("s1");
        ProblemException refused = assertThrows(ProblemException.class, () -> gate.refuseIfSoldOut("s1"));
        assertEquals(ErrorCode.SOLD_OUT, refused.problem().code());
        assertDoesNotThrow(() -> gate.refuseIfSoldOut("s2"), "another sale is not affected");
        Thread.sleep(250);
        assertDoesNotThrow(() -> gate.refuseIfSoldOut("s1"), "units may have come back: promo-war is asked again");
    }

    @Test
    void one_take_too_many_is_told_to_come_back_at_once() {
        FlashSaleGate gate = gate(2, 4, Duration.ofSeconds(1), Duration.ZERO);
        gate.takeTurn();
        gate.takeTurn();
        ProblemException busy = assertThrows(ProblemException.class, gate::takeTurn);
        assertEquals(ErrorCode.RATE_LIMITED, busy.problem().code());
        assertEquals("1", busy.headers().get("Retry-After"));
        gate.takeDone();
        assertDoesNotThrow(gate::takeTurn, "a turn given back is free again");
    }

    @Test
    void shoppers_told_to_come_back_are_spread_over_the_seconds_allowed() {
        FlashSaleGate gate = gate(0, 4, Duration.ofSeconds(1), Duration.ZERO);
        gate.retryAfterSpreadSeconds = 3;
        java.util.Set<String> waits = new java.util.TreeSet<>();
        for (int i = 0; i < 400; i++) {
            waits.add(assertThrows(ProblemException.class, gate::takeTurn).headers().get("Retry-After"));
        }
        assertEquals(java.util.Set.of("1", "2", "3", "4"), waits);
    }

    @Test
    void a_buyer_waits_for_a_saga_slot_only_so_long() {
        FlashSaleGate gate = gate(4, 1, Duration.ofSeconds(1), Duration.ofMillis(100));
        gate.enter();
        long start = System.nanoTime();
        assertEquals(ErrorCode.RATE_LIMITED, assertThrows(ProblemException.class, gate::enter).problem().code());
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertEquals(true, waited >= 90, "waited " + waited + " ms for a slot");
        gate.leave();
        assertDoesNotThrow(gate::enter);
    }
}
