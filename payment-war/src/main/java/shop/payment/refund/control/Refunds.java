package shop.payment.refund.control;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.payment.payment.control.SandboxLedger;
import shop.payment.payment.entity.Payment;
import shop.payment.refund.entity.Refund;
import shop.platform.events.EventType;
import shop.platform.money.Money;
import shop.platform.outbox.Outbox;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;

/**
 * Refunds, each in one transaction with the payment it reduces and its event. The payment is
 * locked first, so two requests for the same payment (or with the same refund id) take turns
 * and can never take more than was paid.
 */
@ApplicationScoped
@Transactional
public class Refunds {

    private static final Logger LOG = Logger.getLogger(Refunds.class.getName());

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    Outbox outbox;

    @Inject
    SandboxLedger books;

    /** What a requester asks to refund. */
    public record RefundRequest(String refundId, String paymentId, String orderId, long amount, String currency, String reason) {
    }

    /**
     * Refunds {@code amount} of the payment, once per refund id: the same request again returns
     * the first refund; the same id with another payment or amount is refused (422).
     */
    public Refund request(RefundRequest request) {
        Payment payment = em.find(Payment.class, request.paymentId(), LockModeType.PESSIMISTIC_WRITE);
        Refund known = em.find(Refund.class, request.refundId());
        if (known != null) {
            if (!known.sameRequest(request.paymentId(), request.amount())) {
                throw new ProblemException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "This refund id was used for another refund.");
            }
            return known;
        }
        if (payment == null || !payment.orderId().equals(request.orderId())) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such payment for this order.");
        }
        if (!payment.currency().equals(request.currency())) {
            throw ProblemException.invalid("currency", "does not match the payment");
        }
        return refund(payment, request.refundId(), request.amount(), request.reason());
    }

    /** Everything left of a payment goes back (its order was cancelled after the money arrived). */
    public void refundAll(Payment payment, String reason) {
        if (payment.refundable() > 0) {
            refund(payment, Ids.newId(), payment.refundable(), reason);
        }
    }

    /** The sandbox gives the money back at once (in its own books); a real provider's refund call goes here. */
    private Refund refund(Payment payment, String refundId, long amount, String reason) {
        payment.refund(amount, clock.now());
        String providerRefundId = "SBXR" + UUID.randomUUID().toString().replace("-", "");
        books.gaveBack(providerRefundId, payment.id(), refundId, amount, payment.currency(), clock.now());
        Refund refund = Refund.succeeded(refundId, payment.id(), payment.orderId(), amount, payment.currency(), reason,
                payment.provider(), providerRefundId, clock.now());
        em.persist(refund);
        outbox.record(EventType.PAYMENT_REFUNDED, payment.id(), Json.createObjectBuilder()
                .add("paymentId", payment.id())
                .add("orderId", payment.orderId())
                .add("refundId", refundId)
                .add("amount", Money.of(amount, payment.currency()).toJson())
                .add("full", payment.refundable() == 0)
                .add("reason", reason)
                .build());
        LOG.info(() -> "payment " + payment.id() + " refunded " + amount + " (" + reason + "), refund " + refundId);
        return refund;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Refund find(String refundId) {
        Refund refund = em.find(Refund.class, refundId);
        if (refund == null) {
            throw ProblemException.notFound("No such refund.");
        }
        return refund;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Refund> ofPayment(String paymentId) {
        return em.createNamedQuery(Refund.OF_PAYMENT, Refund.class).setParameter("payment", paymentId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Refund> ofOrder(String orderId) {
        return em.createNamedQuery(Refund.OF_ORDER, Refund.class).setParameter("order", orderId).getResultList();
    }
}
