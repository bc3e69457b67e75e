package shop.order.checkout.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/** The order's state machine: every legal step once, every illegal one refused. */
class OrderTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    private static Order checkingOut() {
        return Order.checkingOut("o1", "u1", "lra1", "CNY", List.of(new OrderLine("l1", "s1", "p1", "P", "{}", null, 100, 2)),
                new Totals(200, 0, 0, 0), "{}", NOW.plusMinutes(30), NOW);
    }

    private static Order placed() {
        Order order = checkingOut();
        order.awaitPayment("pay1", NOW);
        return order;
    }

    @Test
    void a_checkout_in_progress_is_not_shown_to_the_shopper() {
        Order order = checkingOut();
        assertEquals(OrderStatus.CHECKING_OUT, order.status());
        assertFalse(order.status().visible());
    }

    @Test
    void a_placed_order_is_paid_once() {
        Order order = placed();
        assertEquals(OrderStatus.PENDING_PAYMENT, order.status());
        assertEquals("pay1", order.paymentId());
        assertTrue(order.markPaid(NOW));
        assertFalse(order.markPaid(NOW), "a second complete changes nothing");
        assertEquals(OrderStatus.PAID, order.status());
        assertEquals(List.of(OrderStatus.CHECKING_OUT, OrderStatus.PENDING_PAYMENT, OrderStatus.PAID),
                order.history().stream().map(StatusChange::status).toList());
    }

    @Test
    void only_a_gift_paid_with_points_alone_is_placed_without_a_payment() {
        assertThrows(IllegalStateException.class, () -> checkingOut().awaitPayment(null, NOW), "an order with money to pay needs a payment");
        assertThrows(IllegalStateException.class, () -> checkingOut().exchangedForGift("offer1"), "a gift has nothing left to pay");

        Order gift = Order.checkingOut("o2", "u1", "lra2", "CNY", List.of(new OrderLine("l1", "s1", "p1", "P", "{}", null, 2000, 1)),
                new Totals(2000, 0, 0, 2000), "{}", NOW.plusMinutes(30), NOW);
        gift.exchangedForGift("offer1");
        gift.awaitPayment(null, NOW);
        assertEquals(OrderStatus.PENDING_PAYMENT, gift.status());
        assertNull(gift.paymentId());
        assertEquals("offer1", gift.pointsOfferId());
        assertTrue(gift.markPaid(NOW));
    }

    @Test
    void an_unpaid_order_whose_saga_is_cancelled_timed_out_unless_the_shopper_asked() {
        Order timedOut = placed();
        assertTrue(timedOut.cancel(NOW));
        assertEquals(Order.PAYMENT_TIMEOUT, timedOut.cancelReason());
        assertFalse(timedOut.cancel(NOW), "a second compensation changes nothing");

        Order asked = placed();
        asked.requestCancel();
        assertTrue(asked.cancel(NOW));
        assertEquals(Order.USER_CANCELLED, asked.cancelReason());
        asked.requestCancel();
    }

    @Test
    void a_cancelled_checkout_is_rejected_and_never_shown() {
        Order order = checkingOut();
        assertTrue(order.cancel(NOW));
        assertEquals(OrderStatus.REJECTED, order.status());
        assertFalse(order.status().visible());
        assertNull(order.cancelReason());
        ProblemException late = assertThrows(ProblemException.class, () -> order.awaitPayment("pay1", NOW));
        assertEquals(ErrorCode.INVALID_STATE, late.problem().code());
    }

    @Test
    void a_paid_order_cannot_be_cancelled_by_the_saga_or_the_shopper() {
        Order order = placed();
        order.markPaid(NOW);
        assertEquals(ErrorCode.INVALID_STATE, assertThrows(ProblemException.class, () -> order.cancel(NOW)).problem().code());
        assertEquals(ErrorCode.INVALID_STATE, assertThrows(ProblemException.class, order::requestCancel).problem().code());
    }

    @Test
    void a_cancelled_order_cannot_be_paid() {
        Order order = placed();
        order.cancel(NOW);
        assertThrows(ProblemException.class, () -> order.markPaid(NOW));
    }

    @Test
    void payable_is_items_minus_discount_plus_shipping_minus_points_never_negative() {
        assertEquals(950, new Totals(1000, 100, 80, 30).payable());
        assertEquals(0, new Totals(100, 100, 0, 50).payable());
        assertThrows(IllegalArgumentException.class, () -> new Totals(-1, 0, 0, 0));
    }
}
