package shop.payment.payment.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.payment.payment.entity.Payment;
import shop.payment.payment.entity.PaymentStatus;
import shop.payment.refund.control.Refunds;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
import shop.platform.money.Money;
import shop.platform.outbox.Outbox;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.sandbox.CallbackSignature;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;

/**
 * Payments and their changes, each in one transaction with the events it publishes: created by
 * the checkout saga, moved by verified provider callbacks, voided or refunded by the saga's
 * compensation.
 */
@ApplicationScoped
@Transactional
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class.getName());

    /** How far a callback's timestamp may be from now (CONTRACT.md). */
    static final Duration CALLBACK_WINDOW = Duration.ofSeconds(300);
    static final List<String> CALLBACK_FIELDS = List.of("paymentId", "providerTxnId", "amount", "currency", "status", "timestamp", "nonce");

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    Outbox outbox;

    @Inject
    Refunds refunds;

    /** What applying a callback did, and to which payment (null for an identical repeat). */
    public record Applied(CallbackOutcome outcome, Payment payment) {
    }

    /** What applying a callback did. */
    public enum CallbackOutcome {
        /** The payment succeeded now: its saga is to be closed. */
        SUCCEEDED,
        /** The money arrived after the order was cancelled and was refunded. */
        REFUNDED,
        /** The attempt failed; the shopper may pay again. */
        FAILED,
        /** Nothing changed (identical callback, or an outcome the payment is already past). */
        UNCHANGED
    }

    /**
     * The saga's payment, created on first request; the same saga asking again gets the same
     * payment. A saga that already ended here is refused.
     */
    public Payment create(String lraId, String orderId, String userId, long amount, String currency) {
        Optional<Payment> known = bySaga(lraId);
        if (known.isPresent()) {
            return known.get();
        }
        if (em.createNativeQuery("SELECT 1 FROM ended_saga WHERE lra_id = ?1").setParameter(1, lraId).getResultList().size() == 1) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "This checkout has already ended.");
        }
        Payment payment = Payment.pending(Ids.newId(), orderId, userId, lraId, amount, currency, "sandbox", clock.now());
        em.persist(payment);
        LOG.info(() -> "payment " + payment.id() + " created for order " + orderId + ": " + amount + " " + currency);
        return payment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Payment> find(String paymentId) {
        return Optional.ofNullable(em.find(Payment.class, paymentId));
    }

    /** A payment the given shopper may act on; anyone else's is "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Payment ofUser(String paymentId, String userId) {
        return find(paymentId).filter(p -> p.belongsTo(userId)).orElseThrow(() -> ProblemException.notFound("No such payment."));
    }

    /**
     * Applies a provider callback whose signature was verified, in CONTRACT.md's order: an
     * identical callback already applied changes nothing; then the timestamp, the nonce, the
     * amount and currency are checked, and only then does the payment move.
     */
    public Applied applyCallback(Map<String, String> fields) {
        String fingerprint = fingerprint(fields);
        if (em.createNativeQuery("SELECT 1 FROM payment_callback WHERE fingerprint = ?1").setParameter(1, fingerprint)
                .getResultList().size() == 1) {
            return new Applied(CallbackOutcome.UNCHANGED, null);
        }
        for (String field : CALLBACK_FIELDS) {
            if (fields.get(field) == null || fields.get(field).isBlank() || fields.get(field).length() > 100) {
                throw ProblemException.invalid(field, "is required (a string of at most 100 characters)");
            }
        }
        CallbackSignature.requireFresh(fields.get("timestamp"), clock.instant(), CALLBACK_WINDOW);
        if (em.createNativeQuery("SELECT 1 FROM payment_callback WHERE nonce = ?1").setParameter(1, fields.get("nonce"))
                .getResultList().size() == 1) {
            throw ProblemException.invalid("nonce", "was used before");
        }
        Payment payment = em.find(Payment.class, fields.get("paymentId"), LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw ProblemException.notFound("No such payment.");
        }
        if (!fields.get("amount").equals(Long.toString(payment.amount()))) {
            throw ProblemException.invalid("amount", "does not match the payment");
        }
        if (!fields.get("currency").equals(payment.currency())) {
            throw ProblemException.invalid("currency", "does not match the payment");
        }
        String status = fields.get("status");
        if (!status.equals("SUCCEEDED") && !status.equals("FAILED")) {
            throw ProblemException.invalid("status", "must be SUCCEEDED or FAILED");
        }
        em.createNativeQuery("INSERT INTO payment_callback (fingerprint, nonce, payment_id, status, received_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, fingerprint).setParameter(2, fields.get("nonce")).setParameter(3, payment.id())
                .setParameter(4, status).setParameter(5, clock.now()).executeUpdate();
        return new Applied(status.equals("SUCCEEDED") ? succeeded(payment, fields.get("providerTxnId")) : failed(payment), payment);
    }

    /** The shopper chose how to pay at the cashier (the sandbox, or a configured provider). */
    public Payment payWith(String paymentId, String userId, String provider) {
        Payment payment = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null || !payment.belongsTo(userId)) {
            throw ProblemException.notFound("No such payment.");
        }
        payment.payWith(provider, clock.now());
        return payment;
    }

    /**
     * Applies a provider's verified notification about a payment: it must be for a payment made
     * with that provider, of its amount and currency (else 400, nothing changed); a repeated one
     * changes nothing, as the payment's state machine ignores an outcome it is already past.
     */
    public Applied applyNotification(String provider, shop.payment.provider.entity.ProviderNotification notification) {
        Payment payment = em.find(Payment.class, notification.paymentId(), LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw ProblemException.notFound("No such payment.");
        }
        if (!payment.provider().equals(provider)) {
            throw ProblemException.invalid("provider", "this payment is not being paid through " + provider);
        }
        if (notification.amount() != payment.amount() || !notification.currency().equals(payment.currency())) {
            LOG.severe(() -> provider + " notified " + notification.amount() + " " + notification.currency() + " for payment "
                    + payment.id() + " of " + payment.amount() + " " + payment.currency());
            throw ProblemException.invalid("amount", "does not match the payment");
        }
        return switch (notification.outcome()) {
            case SUCCEEDED -> new Applied(succeeded(payment, notification.providerTxnId()), payment);
            case FAILED -> new Applied(failed(payment), payment);
            case PENDING -> new Applied(CallbackOutcome.UNCHANGED, payment);
        };
    }

    /**
     * The saga closed: the payment is checked again, since internal is not trusted. True when
     * there is nothing to refuse: the payment succeeded, or this saga never created one here
     * (no money moved, so there is nothing to complete).
     */
    public boolean sagaClosed(String lraId) {
        Optional<Payment> found = bySagaLocked(lraId);
        if (found.isEmpty()) {
            return true;
        }
        Payment payment = found.get();
        if (payment.status() != PaymentStatus.SUCCEEDED) {
            LOG.severe(() -> "saga of order " + payment.orderId() + " closed, but payment " + payment.id() + " is " + payment.status());
            return false;
        }
        payment.sagaCompleted(clock.now());
        return true;
    }

    /** The saga was cancelled: an unpaid payment is voided, a paid one refunded. */
    public void sagaCancelled(String lraId) {
        Optional<Payment> found = bySagaLocked(lraId);
        if (found.isEmpty()) {
            em.createNativeQuery("INSERT INTO ended_saga (lra_id, ended_at) VALUES (?1, ?2) ON CONFLICT (lra_id) DO NOTHING")
                    .setParameter(1, lraId).setParameter(2, clock.now()).executeUpdate();
            return;
        }
        Payment payment = found.get();
        if (payment.voided(clock.now())) {
            LOG.info(() -> "payment " + payment.id() + " voided: order " + payment.orderId() + " was cancelled");
        } else {
            refund(payment);
        }
    }

    /**
     * The coordinator no longer knows the saga of a succeeded payment that never completed here:
     * no order will be paid with it, so the money goes back.
     */
    public void sagaGone(String paymentId) {
        Payment payment = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (payment != null && payment.status() == PaymentStatus.SUCCEEDED && !payment.isSagaCompleted()) {
            LOG.warning(() -> "saga of payment " + paymentId + " ended without completing it; refunding");
            refund(payment);
        }
    }

    /** Succeeded payments whose saga has not closed yet (the close failed, or is in flight). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Payment> unclosedBefore(java.time.OffsetDateTime before) {
        return em.createNamedQuery(Payment.UNCLOSED, Payment.class).setParameter("succeeded", PaymentStatus.SUCCEEDED)
                .setParameter("before", before).setMaxResults(100).getResultList();
    }

    private CallbackOutcome succeeded(Payment payment, String providerTxnId) {
        boolean cancelledBefore = payment.status() == PaymentStatus.VOIDED;
        if (!payment.succeeded(providerTxnId, clock.now())) {
            return CallbackOutcome.UNCHANGED;
        }
        outbox.record(EventType.PAYMENT_SUCCEEDED, payment.id(), Jsons.createObjectBuilder()
                .add("paymentId", payment.id())
                .add("orderId", payment.orderId())
                .add("amount", Money.of(payment.amount(), payment.currency()).toJson())
                .add("provider", payment.provider())
                .add("providerTxnId", providerTxnId)
                .build());
        LOG.info(() -> "payment " + payment.id() + " succeeded for order " + payment.orderId());
        if (cancelledBefore) {
            refund(payment);
            return CallbackOutcome.REFUNDED;
        }
        return CallbackOutcome.SUCCEEDED;
    }

    private CallbackOutcome failed(Payment payment) {
        if (!payment.failed(clock.now())) {
            return CallbackOutcome.UNCHANGED;
        }
        outbox.record(EventType.PAYMENT_FAILED, payment.id(), Jsons.createObjectBuilder()
                .add("paymentId", payment.id())
                .add("orderId", payment.orderId())
                .add("reason", "DECLINED")
                .build());
        LOG.info(() -> "payment " + payment.id() + " failed for order " + payment.orderId() + "; the shopper may pay again");
        return CallbackOutcome.FAILED;
    }

    private void refund(Payment payment) {
        refunds.refundAll(payment, "ORDER_CANCELLED");
    }

    private Optional<Payment> bySaga(String lraId) {
        return em.createNamedQuery(Payment.BY_SAGA, Payment.class).setParameter("lra", lraId).getResultStream().findFirst();
    }

    private Optional<Payment> bySagaLocked(String lraId) {
        return em.createNamedQuery(Payment.BY_SAGA, Payment.class).setParameter("lra", lraId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** SHA-256 over every field (signature included), sorted by name. */
    static String fingerprint(Map<String, String> fields) {
        StringJoiner text = new StringJoiner("&");
        new TreeMap<>(fields).forEach((name, value) -> text.add(name + "=" + value));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
