package shop.order.returns.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.order.checkout.control.OrderBook;
import shop.order.checkout.entity.Order;
import shop.order.checkout.entity.OrderLine;
import shop.order.refund.entity.OrderRefund;
import shop.order.refund.entity.RefundStatus;
import shop.order.refund.entity.RestockLine;
import shop.order.returns.entity.OrderReturn;
import shop.order.returns.entity.ReturnLine;
import shop.order.returns.entity.ReturnRefundRule;
import shop.order.returns.entity.ReturnStatus;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
import shop.platform.money.Money;
import shop.platform.outbox.Outbox;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;

/**
 * Returns and their changes, each in one transaction with its {@code shop.order.return.changed}
 * event. The order's row is locked whenever units are counted, so two returns of the same order
 * never claim the same units nor compute their refunds from the same base.
 */
@ApplicationScoped
@Transactional
public class ReturnDesk {

    private static final Logger LOG = Logger.getLogger(ReturnDesk.class.getName());
    private static final String RETURN_REASON = "RETURN";

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    OrderBook orders;

    @Inject
    ShopClock clock;

    @Inject
    Outbox outbox;

    /** How long after delivery goods may be sent back (七天无理由 by default). */
    @Inject
    @ConfigProperty(name = "shop.order.return-window", defaultValue = "P7D")
    Duration window;

    /**
     * The shopper asks to return units of a delivered or completed order within the window:
     * {@code wanted} by line id, or every unit not yet asked back when null.
     */
    public OrderReturn request(String orderId, String userId, String reason, Map<String, Integer> wanted) {
        Order order = orders.ofUserLocked(orderId, userId);
        OffsetDateTime until = order.returnableUntil(window);
        if (until == null) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "Only delivered goods can be returned; this order is " + order.status() + ".");
        }
        if (clock.now().isAfter(until)) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "The return window of this order closed at " + until + ".");
        }
        Map<String, Integer> spokenFor = units(orderId, true);
        Map<String, OrderLine> lines = new LinkedHashMap<>();
        order.lines().forEach(l -> lines.put(l.lineId(), l));
        Map<String, Integer> asked = new LinkedHashMap<>();
        if (wanted == null) {
            lines.values().forEach(l -> asked.put(l.lineId(), l.quantity() - spokenFor.getOrDefault(l.lineId(), 0)));
            asked.values().removeIf(q -> q <= 0);
            if (asked.isEmpty()) {
                throw new ProblemException(ErrorCode.INVALID_STATE, "Every unit of this order has already been asked back.");
            }
        } else {
            wanted.forEach((lineId, quantity) -> {
                OrderLine line = lines.get(lineId);
                if (line == null) {
                    throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No line " + lineId + " in this order.");
                }
                int left = line.quantity() - spokenFor.getOrDefault(lineId, 0);
                if (quantity > left) {
                    throw ProblemException.invalid("lines", "line " + lineId + " has " + left + " unit(s) left to return");
                }
                asked.put(lineId, quantity);
            });
        }
        List<ReturnLine> returnLines = asked.entrySet().stream()
                .map(e -> new ReturnLine(e.getKey(), lines.get(e.getKey()).skuId(), e.getValue())).toList();
        OrderReturn requested = OrderReturn.requested(Ids.newId(), orderId, userId, reason, returnLines, clock.now());
        em.persist(requested);
        announce(requested);
        LOG.info(() -> "return " + requested.id() + " of order " + orderId + " requested: " + asked);
        return requested;
    }

    public OrderReturn approve(String returnId, String operator) {
        OrderReturn r = locked(returnId);
        r.approve(operator, clock.now());
        announce(r);
        return r;
    }

    public OrderReturn reject(String returnId, String operator, String note) {
        OrderReturn r = locked(returnId);
        r.reject(operator, note, clock.now());
        announce(r);
        return r;
    }

    /**
     * The goods are back: the return's refund is fixed (its lines' share of what was paid, and the
     * shipping when these are the order's last units) and recorded under the refund saga that will
     * carry it out. A return whose refund is still running is refused (409 {@code CONFLICT}).
     */
    public OrderRefund receive(String returnId, String operator, String lraId, String refundId) {
        OrderReturn known = find(returnId);
        Order order = em.find(Order.class, known.orderId(), LockModeType.PESSIMISTIC_WRITE);
        OrderReturn r = locked(returnId);
        boolean running = em.createQuery("SELECT COUNT(f) FROM OrderRefund f WHERE f.returnId = :r AND f.status = :running", Long.class)
                .setParameter("r", returnId).setParameter("running", RefundStatus.RUNNING).getSingleResult() > 0;
        if (running) {
            throw new ProblemException(ErrorCode.CONFLICT, "The refund of this return is under way.");
        }
        if (r.status() == ReturnStatus.APPROVED) {
            Refund refund = refundOf(order, r);
            r.receive(refund.amount(), refund.points(), refund.withShipping(), operator, clock.now());
            announce(r);
        } else if (r.status() != ReturnStatus.RECEIVED) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "Cannot receive goods of a return that is " + r.status() + ".");
        }
        List<RestockLine> restock = r.lines().stream().map(l -> new RestockLine(l.skuId(), l.quantity())).toList();
        OrderRefund refund = OrderRefund.running(refundId, order.id(), lraId, RETURN_REASON, r.refundAmount(), r.refundPoints(), restock,
                r.id(), clock.now());
        em.persist(refund);
        return refund;
    }

    /** The refund saga of a return closed: the return is refunded, and so is the order when nothing of it is left. */
    public OrderReturn refunded(String returnId) {
        OrderReturn r = locked(returnId);
        if (r.refunded(clock.now())) {
            announce(r);
            Order order = em.find(Order.class, r.orderId(), LockModeType.PESSIMISTIC_WRITE);
            Map<String, Integer> back = units(order.id(), false);
            if (order.lines().stream().allMatch(l -> back.getOrDefault(l.lineId(), 0) >= l.quantity())) {
                order.returnedInFull(clock.now());
            }
        }
        return r;
    }

    /** What a return refunds (money and the points paid with), fixed when its goods are received. */
    private record Refund(long amount, long points, boolean withShipping) {
    }

    private Refund refundOf(Order order, OrderReturn r) {
        List<ReturnRefundRule.Line> bought = order.lines().stream()
                .map(l -> new ReturnRefundRule.Line(l.lineId(), l.quantity(), l.amount())).toList();
        Map<String, Long> shares = ReturnRefundRule.shares(bought, order.totals().payable(), order.totals().shipping(), order.currency());
        // The points paid with are spread over the lines the same way (they paid for goods, never shipping).
        Map<String, Long> pointShares = ReturnRefundRule.shares(bought, order.totals().points(), 0, order.currency());
        // Units whose refund is fixed already: those of received and refunded returns.
        Map<String, Integer> fixed = new HashMap<>();
        ofOrder(order.id()).stream().filter(o -> !o.id().equals(r.id()))
                .filter(o -> o.status() == ReturnStatus.RECEIVED || o.status() == ReturnStatus.REFUNDED)
                .forEach(o -> o.lines().forEach(l -> fixed.merge(l.lineId(), l.quantity(), Integer::sum)));
        Map<String, OrderLine> lines = new HashMap<>();
        order.lines().forEach(l -> lines.put(l.lineId(), l));
        long amount = 0;
        long points = 0;
        for (ReturnLine line : r.lines()) {
            OrderLine ordered = lines.get(line.lineId());
            int before = fixed.getOrDefault(line.lineId(), 0);
            amount += ReturnRefundRule.refundFor(shares.get(line.lineId()), ordered.quantity(), before, line.quantity());
            points += ReturnRefundRule.refundFor(pointShares.get(line.lineId()), ordered.quantity(), before, line.quantity());
            fixed.merge(line.lineId(), line.quantity(), Integer::sum);
        }
        boolean last = order.lines().stream().allMatch(l -> fixed.getOrDefault(l.lineId(), 0) >= l.quantity());
        return last ? new Refund(amount + order.totals().shipping(), points, true) : new Refund(amount, points, false);
    }

    /** Units per order line in the order's returns: those spoken for (not rejected), or only the refunded ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> units(String orderId, boolean spokenFor) {
        Map<String, Integer> units = new HashMap<>();
        ofOrder(orderId).stream()
                .filter(r -> spokenFor ? r.status().holdsUnits() : r.status() == ReturnStatus.REFUNDED)
                .forEach(r -> r.lines().forEach(l -> units.merge(l.lineId(), l.quantity(), Integer::sum)));
        return units;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderReturn> ofOrder(String orderId) {
        return em.createNamedQuery(OrderReturn.OF_ORDER, OrderReturn.class).setParameter("order", orderId).getResultList();
    }

    /** The shopper's returns of one of their orders (another shopper's order is "not found"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderReturn> ofOrder(String orderId, String userId) {
        orders.ofUser(orderId, userId);
        return ofOrder(orderId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderReturn find(String returnId) {
        OrderReturn r = em.find(OrderReturn.class, returnId);
        if (r == null) {
            throw ProblemException.notFound("No such return.");
        }
        return r;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrderReturn> withStatus(List<ReturnStatus> statuses, PageRequest page) {
        List<OrderReturn> items = em.createNamedQuery(OrderReturn.BY_STATUS, OrderReturn.class).setParameter("statuses", statuses)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(OrderReturn.COUNT_BY_STATUS, Long.class).setParameter("statuses", statuses).getSingleResult();
        return Page.of(items, page, total);
    }

    private OrderReturn locked(String returnId) {
        OrderReturn r = em.find(OrderReturn.class, returnId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound("No such return.");
        }
        return r;
    }

    private void announce(OrderReturn r) {
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        r.lines().forEach(l -> lines.add(Jsons.createObjectBuilder().add("lineId", l.lineId()).add("skuId", l.skuId())
                .add("quantity", l.quantity())));
        var data = Jsons.createObjectBuilder()
                .add("orderId", r.orderId())
                .add("returnId", r.id())
                .add("status", r.status().name())
                .add("reason", r.reason())
                .add("lines", lines);
        if (r.refundAmount() != null) {
            data.add("refund", Money.of(r.refundAmount(), em.find(Order.class, r.orderId()).currency()).toJson());
        }
        outbox.record(EventType.ORDER_RETURN_CHANGED, r.orderId(), data.build());
    }
}
