package shop.payment.refund.control;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.payment.payment.control.SandboxLedger;
import shop.payment.payment.entity.Payment;
import shop.payment.provider.control.InvalidProviderSignature;
import shop.payment.provider.control.MalformedProviderMessage;
import shop.payment.provider.control.PaymentProvider;
import shop.payment.provider.control.PaymentProviders;
import shop.payment.provider.control.ProviderGateway;
import shop.payment.provider.entity.ProviderNotification;
import shop.payment.provider.entity.RefundOrder;
import shop.payment.refund.entity.Refund;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
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

    @Inject
    PaymentProviders providers;

    @Inject
    ProviderGateway gateway;

    /** Where providers send their notifications: {@code <base>/<provider>}. */
    @Inject
    @ConfigProperty(name = "shop.payment.notify-base-url")
    String notifyBase;

    static final String SANDBOX = "sandbox";

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

    /**
     * Gives the money back through the payment's provider: the sandbox at once (in its own books);
     * Alipay or WeChat Pay through their gateway, which may confirm later by notification.
     */
    private Refund refund(Payment payment, String refundId, long amount, String reason) {
        payment.refund(amount, clock.now());
        if (!SANDBOX.equals(payment.provider())) {
            return refundAtProvider(payment, refundId, amount, reason);
        }
        String providerRefundId = "SBXR" + UUID.randomUUID().toString().replace("-", "");
        books.gaveBack(providerRefundId, payment.id(), refundId, amount, payment.currency(), clock.now());
        Refund refund = Refund.succeeded(refundId, payment.id(), payment.orderId(), amount, payment.currency(), reason,
                payment.provider(), providerRefundId, clock.now());
        em.persist(refund);
        announce(payment, refund);
        return refund;
    }

    /**
     * A refund at a real provider: refused (409, nothing recorded), made (announced), or still
     * processing (recorded pending; its notification settles it). An answer that cannot be verified
     * counts as no answer (503): asked again with the same refund id, the provider refunds once.
     */
    private Refund refundAtProvider(Payment payment, String refundId, long amount, String reason) {
        PaymentProvider provider = providers.named(payment.provider()).orElseThrow(() -> new ProblemException(
                ErrorCode.SERVICE_UNAVAILABLE, "The provider of this payment (" + payment.provider() + ") is not configured here."));
        RefundOrder order = new RefundOrder(refundId, payment.id(), amount, payment.amount(), payment.currency(), reason,
                notifyBase + "/" + provider.name());
        ProviderNotification answer;
        try {
            answer = provider.readRefundAnswer(order, gateway.send(provider.refundRequest(order)));
        } catch (InvalidProviderSignature | MalformedProviderMessage e) {
            throw new ProblemException(ErrorCode.SERVICE_UNAVAILABLE, "The provider's answer could not be verified; ask again.");
        }
        switch (answer.outcome()) {
            case FAILED -> throw new ProblemException(ErrorCode.INVALID_STATE, "The provider refused the refund.");
            case PENDING -> {
                Refund refund = Refund.pending(refundId, payment.id(), payment.orderId(), amount, payment.currency(), reason,
                        payment.provider(), clock.now());
                em.persist(refund);
                LOG.info(() -> "refund " + refundId + " of payment " + payment.id() + " is being processed by " + payment.provider());
                return refund;
            }
            default -> {
                Refund refund = Refund.succeeded(refundId, payment.id(), payment.orderId(), amount, payment.currency(), reason,
                        payment.provider(), answer.providerTxnId() == null ? refundId : answer.providerTxnId(), clock.now());
                em.persist(refund);
                announce(payment, refund);
                return refund;
            }
        }
    }

    /** The provider's notification about a pending refund: made (announced) or refused (its amount is free again). */
    public void settle(String refundId, boolean succeeded, String providerRefundId) {
        Refund refund = em.find(Refund.class, refundId, LockModeType.PESSIMISTIC_WRITE);
        if (refund == null) {
            throw ProblemException.notFound("No such refund.");
        }
        Payment payment = em.find(Payment.class, refund.paymentId(), LockModeType.PESSIMISTIC_WRITE);
        if (!refund.settle(succeeded, providerRefundId, clock.now())) {
            return;
        }
        if (succeeded) {
            announce(payment, refund);
        } else {
            payment.refundRefused(refund.amount(), clock.now());
            LOG.warning(() -> "refund " + refundId + " of payment " + payment.id() + " was refused by " + payment.provider());
        }
    }

    private void announce(Payment payment, Refund refund) {
        outbox.record(EventType.PAYMENT_REFUNDED, payment.id(), Jsons.createObjectBuilder()
                .add("paymentId", payment.id())
                .add("orderId", payment.orderId())
                .add("refundId", refund.id())
                .add("amount", Money.of(refund.amount(), payment.currency()).toJson())
                .add("full", payment.refundable() == 0)
                .add("reason", refund.reason())
                .build());
        LOG.info(() -> "payment " + payment.id() + " refunded " + refund.amount() + " (" + refund.reason() + "), refund " + refund.id());
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
