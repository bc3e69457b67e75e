package shop.order.refund.control;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.order.checkout.control.OrderBook;
import shop.order.checkout.entity.Order;
import shop.order.refund.entity.OrderRefund;
import shop.order.refund.entity.RefundStatus;
import shop.order.refund.entity.RestockLine;
import shop.order.returns.control.ReturnDesk;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
import shop.platform.money.Money;
import shop.platform.outbox.Outbox;
import shop.platform.time.ShopClock;

/**
 * Refunds of orders and what they do to the order, each in one transaction with its event. The
 * saga's callbacks find the refund by its LRA; a callback for a refund already ended changes
 * nothing.
 */
@ApplicationScoped
@Transactional
public class RefundLedger {

    private static final Logger LOG = Logger.getLogger(RefundLedger.class.getName());

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    OrderBook orders;

    @Inject
    ReturnDesk returns;

    @Inject
    ShopClock clock;

    @Inject
    Outbox outbox;

    /**
     * The shopper cancels a paid order that has not shipped: the order enters {@code REFUNDING}
     * (so it can no longer ship) and a refund of everything paid, with all its stock, is recorded
     * under the saga that will carry it out.
     */
    public OrderRefund startCancellation(String orderId, String userId, String lraId, String refundId) {
        Order order = orders.ofUserLocked(orderId, userId);
        order.startRefund(Order.USER_CANCELLED, clock.now());
        Map<String, Integer> units = new LinkedHashMap<>();
        order.lines().forEach(l -> units.merge(l.skuId(), l.quantity(), Integer::sum));
        List<RestockLine> restock = units.entrySet().stream().map(e -> new RestockLine(e.getKey(), e.getValue())).toList();
        OrderRefund refund = OrderRefund.running(refundId, orderId, lraId, Order.USER_CANCELLED, order.totals().payable(),
                order.totals().points(), restock,
                null, clock.now());
        em.persist(refund);
        outbox.record(EventType.ORDER_CANCELLED, order.id(), Jsons.createObjectBuilder()
                .add("orderId", order.id())
                .add("reason", Order.USER_CANCELLED)
                .add("paid", true)
                .build());
        LOG.info(() -> "paid order " + orderId + " cancelled; refund " + refundId + " of " + refund.amount() + " started");
        return refund;
    }

    /** The refund saga closed: the money is back, so the order (or the return) is refunded. */
    public void sagaClosed(String lraId) {
        bySaga(lraId).ifPresent(refund -> {
            if (!refund.done(clock.now())) {
                return;
            }
            Order order = em.find(Order.class, refund.orderId(), LockModeType.PESSIMISTIC_WRITE);
            JsonObjectBuilder event = Jsons.createObjectBuilder()
                    .add("orderId", order.id())
                    .add("userId", order.userId())
                    .add("refundId", refund.id())
                    .add("amount", Money.of(refund.amount(), order.currency()).toJson())
                    .add("reason", refund.reason());
            if (refund.points() > 0) {
                event.add("points", refund.points());
            }
            if (refund.returnId() != null) {
                returns.refunded(refund.returnId());
                event.add("returnId", refund.returnId());
            } else {
                order.refunded(clock.now());
            }
            outbox.record(EventType.ORDER_REFUNDED, order.id(), event.build());
            LOG.info(() -> "order " + order.id() + " refunded " + refund.amount() + " (" + refund.reason() + ")");
        });
    }

    /**
     * The refund saga was cancelled (the provider refused): nothing moved. A cancelled order is
     * paid again; a return stays received, for the operator to try again.
     */
    public void sagaCancelled(String lraId) {
        bySaga(lraId).ifPresent(refund -> {
            if (!refund.failed(clock.now())) {
                return;
            }
            if (refund.returnId() == null) {
                em.find(Order.class, refund.orderId(), LockModeType.PESSIMISTIC_WRITE).refundFailed(clock.now());
            }
            LOG.warning(() -> "refund " + refund.id() + " of order " + refund.orderId() + " failed; nothing was refunded");
        });
    }

    /** Marks another attempt at a refund still running, so the sweep spaces its tries. */
    public void retrying(String refundId) {
        OrderRefund refund = em.find(OrderRefund.class, refundId, LockModeType.PESSIMISTIC_WRITE);
        if (refund != null) {
            refund.retried(clock.now());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrderRefund> find(String refundId) {
        return Optional.ofNullable(em.find(OrderRefund.class, refundId));
    }

    /** Refunds still running that nobody touched since {@code before}: their saga did not finish. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderRefund> stalledBefore(OffsetDateTime before) {
        return em.createNamedQuery(OrderRefund.STALLED, OrderRefund.class).setParameter("running", RefundStatus.RUNNING)
                .setParameter("before", before).setMaxResults(50).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderRefund> ofOrder(String orderId) {
        return em.createNamedQuery(OrderRefund.OF_ORDER, OrderRefund.class).setParameter("order", orderId).getResultList();
    }

    private Optional<OrderRefund> bySaga(String lraId) {
        return em.createNamedQuery(OrderRefund.BY_SAGA, OrderRefund.class).setParameter("lra", lraId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }
}
