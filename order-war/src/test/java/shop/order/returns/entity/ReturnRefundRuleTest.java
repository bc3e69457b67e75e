package shop.order.returns.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import shop.platform.problem.ProblemException;

/** What returns refund: shares of what was paid, exact over partial returns; and the return's state machine. */
class ReturnRefundRuleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    @Test
    void what_was_paid_for_the_goods_is_spread_over_lines_by_amount_with_the_remainder_on_the_last() {
        // Items 100.00 + 50.00, a 10.00 discount, shipping 8.00: paid 148.00, of which 140.00 for goods.
        Map<String, Long> shares = ReturnRefundRule.shares(
                List.of(new ReturnRefundRule.Line("a", 2, 10_000), new ReturnRefundRule.Line("b", 1, 5_000)), 14_800, 800, "CNY");
        assertEquals(9_333, shares.get("a"));
        assertEquals(4_667, shares.get("b"), "the remainder goes to the last line");
        assertEquals(14_000, shares.get("a") + shares.get("b"));
    }

    @Test
    void returning_a_line_in_parts_adds_up_to_exactly_its_share() {
        long share = 10_001; // 3 units: 33.34 a unit, not exact
        long first = ReturnRefundRule.refundFor(share, 3, 0, 1);
        long second = ReturnRefundRule.refundFor(share, 3, 1, 1);
        long third = ReturnRefundRule.refundFor(share, 3, 2, 1);
        assertEquals(3_334, first, "3333.67 rounds half up");
        assertEquals(3_333, second);
        assertEquals(3_334, third);
        assertEquals(share, first + second + third);
        assertEquals(share, ReturnRefundRule.refundFor(share, 3, 0, 2) + ReturnRefundRule.refundFor(share, 3, 2, 1));
        assertEquals(share, ReturnRefundRule.refundFor(share, 3, 0, 3));
    }

    @Test
    void half_a_fen_rounds_up_and_a_free_line_refunds_nothing() {
        assertEquals(1, ReturnRefundRule.cumulative(1, 2, 1), "0.5 fen rounds up");
        assertEquals(0, ReturnRefundRule.cumulative(1, 3, 1), "0.33 fen rounds down");
        assertEquals(0, ReturnRefundRule.refundFor(0, 5, 0, 2));
    }

    @Test
    void more_units_than_were_bought_cannot_be_returned() {
        assertThrows(IllegalArgumentException.class, () -> ReturnRefundRule.refundFor(1_000, 2, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> ReturnRefundRule.refundFor(1_000, 2, 0, 0));
    }

    @Test
    void a_return_is_approved_or_rejected_once_and_refunded_only_after_the_goods_are_back() {
        OrderReturn r = OrderReturn.requested("r1", "o1", "u1", "too small", List.of(new ReturnLine("l1", "s1", 1)), NOW);
        assertEquals(ReturnStatus.REQUESTED, r.status());
        assertThrows(ProblemException.class, () -> r.receive(100, 0, false, "op", NOW), "not approved yet");
        assertThrows(ProblemException.class, () -> r.refunded(NOW));
        r.approve("op", NOW);
        assertThrows(ProblemException.class, () -> r.reject("op", "late", NOW));
        assertEquals(true, r.receive(100, 0, false, "op", NOW));
        assertEquals(false, r.receive(999, 5, true, "op", NOW), "received again keeps the first amount");
        assertEquals(100L, r.refundAmount());
        assertEquals(true, r.refunded(NOW));
        assertEquals(false, r.refunded(NOW));
        assertEquals(List.of(ReturnStatus.REQUESTED, ReturnStatus.APPROVED, ReturnStatus.RECEIVED, ReturnStatus.REFUNDED),
                r.history().stream().map(ReturnStep::status).toList());

        OrderReturn rejected = OrderReturn.requested("r2", "o1", "u1", "changed my mind", List.of(new ReturnLine("l1", "s1", 1)), NOW);
        rejected.reject("op", "used", NOW);
        assertEquals(false, rejected.status().holdsUnits(), "a rejected return frees its units");
        assertThrows(ProblemException.class, () -> rejected.approve("op", NOW));
    }
}
