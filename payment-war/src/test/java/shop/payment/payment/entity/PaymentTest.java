package shop.payment.payment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import shop.platform.problem.ProblemException;

/** The payment's state machine: provider outcomes, the saga's void and the automatic refund. */
class PaymentTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    private static Payment pending() {
        return Payment.pending("p1", "o1", "u1", "lra1", 1000, "CNY", "sandbox", NOW);
    }

    @Test
    void a_failed_attempt_can_be_followed_by_a_success() {
        Payment payment = pending();
        assertTrue(payment.failed(NOW));
        payment.requireAwaitingPayment();
        assertTrue(payment.succeeded("t1", NOW));
        assertEquals(PaymentStatus.SUCCEEDED, payment.status());
        assertFalse(payment.succeeded("t2", NOW), "a second success changes nothing");
        assertFalse(payment.failed(NOW), "a late failure changes nothing");
        assertEquals("t1", payment.providerTxnId());
    }

    @Test
    void the_saga_voids_an_unpaid_payment_once() {
        Payment payment = pending();
        assertTrue(payment.voided(NOW));
        assertFalse(payment.voided(NOW));
        assertThrows(ProblemException.class, payment::requireAwaitingPayment);
        assertEquals(0, payment.refundable(), "nothing to refund");
        assertThrows(ProblemException.class, () -> payment.refund(1, NOW));
    }

    @Test
    void money_arriving_after_the_void_is_accepted_and_then_refunded() {
        Payment payment = pending();
        payment.voided(NOW);
        assertTrue(payment.succeeded("t1", NOW));
        payment.refund(payment.refundable(), NOW);
        assertEquals(PaymentStatus.REFUNDED, payment.status());
        assertEquals(0, payment.refundable());
        assertThrows(ProblemException.class, () -> payment.refund(1, NOW), "nothing left to refund");
        assertFalse(payment.succeeded("t2", NOW));
    }

    @Test
    void partial_refunds_never_exceed_what_was_paid() {
        Payment payment = pending();
        payment.succeeded("t1", NOW);
        payment.refund(300, NOW);
        assertEquals(PaymentStatus.SUCCEEDED, payment.status(), "partly refunded is still paid");
        assertEquals(700, payment.refundable());
        assertThrows(ProblemException.class, () -> payment.refund(701, NOW));
        assertThrows(ProblemException.class, () -> payment.refund(0, NOW));
        payment.refund(700, NOW);
        assertEquals(PaymentStatus.REFUNDED, payment.status());
        assertEquals(1000, payment.refundedAmount());
    }

    @Test
    void a_paid_payment_is_not_voided() {
        Payment payment = pending();
        payment.succeeded("t1", NOW);
        assertFalse(payment.voided(NOW));
        assertEquals(PaymentStatus.SUCCEEDED, payment.status());
    }
}
