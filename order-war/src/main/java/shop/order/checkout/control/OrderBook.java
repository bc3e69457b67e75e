package shop.order.checkout.control;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.order.checkout.entity.Order;
import shop.order.checkout.entity.OrderStatus;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
import shop.platform.money.Money;
import shop.platform.outbox.Outbox;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;

/**
 * Orders and their changes, each in one transaction with the event it publishes. The saga's
 * callbacks find the order by its LRA; a callback for an order that is not here, or that already
 * ended, changes nothing.
 */
@ApplicationScoped
@Transactional
public class OrderBook {

    private static final Logger LOG = Logger.getLogger(OrderBook.class.getName());
    private static final List<OrderStatus> VISIBLE = Arrays.stream(OrderStatus.values()).filter(OrderStatus::visible).toList();

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    Outbox outbox;

    /** A purchase: an order of the shopper whose goods count as bought. */
    public record Purchase(String orderId, OrderStatus status) {
    }

    /** The shopper's orders containing the product whose goods count as bought, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Purchase> purchases(String userId, String productId) {
        List<OrderStatus> bought = Arrays.stream(OrderStatus.values()).filter(OrderStatus::bought).toList();
        return em.createQuery("SELECT DISTINCT o.id, o.status, o.createdAt FROM CustomerOrder o JOIN o.lines l"
                + " WHERE o.userId = :user AND l.productId = :product AND o.status IN :bought ORDER BY o.createdAt, o.id", Object[].class)
                .setParameter("user", userId).setParameter("product", productId).setParameter("bought", bought)
                .getResultList().stream().map(r -> new Purchase((String) r[0], (OrderStatus) r[1])).toList();
    }

    public void open(Order order) {
        em.persist(order);
    }

    /** Stock and payment are held (a gift: stock and points; {@code paymentId} null): the order is placed and announced. */
    public Order awaitPayment(String orderId, String paymentId) {
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        order.awaitPayment(paymentId, clock.now());
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        order.lines().forEach(l -> lines.add(Jsons.createObjectBuilder()
                .add("skuId", l.skuId())
                .add("productId", l.productId())
                .add("quantity", l.quantity())
                .add("unitPrice", Money.of(l.unitPrice(), order.currency()).toJson())
                .add("amount", Money.of(l.amount(), order.currency()).toJson())));
        JsonObjectBuilder placed = Jsons.createObjectBuilder()
                .add("orderId", order.id())
                .add("userId", order.userId())
                .add("lines", lines)
                .add("totals", Jsons.createObjectBuilder()
                        .add("items", money(order, order.totals().items()))
                        .add("discount", money(order, order.totals().discount()))
                        .add("shipping", money(order, order.totals().shipping()))
                        .add("points", money(order, order.totals().points()))
                        .add("payable", money(order, order.totals().payable())))
                .add("expiresAt", order.expiresAt().toString());
        if (paymentId != null) {
            placed.add("paymentId", paymentId); // a gift paid with points has none
        }
        outbox.record(EventType.ORDER_PLACED, order.id(), placed.build());
        LOG.info(() -> "order " + orderId + " placed, payment " + paymentId + ", payable " + order.totals().payable());
        return order;
    }

    /** The saga closed (payment verified): the order is paid. */
    public Optional<Order> sagaClosed(String lraId) {
        Optional<Order> found = bySaga(lraId);
        found.ifPresent(order -> {
            if (order.markPaid(clock.now())) {
                JsonArrayBuilder lines = Jsons.createArrayBuilder();
                order.lines().forEach(l -> lines.add(Jsons.createObjectBuilder()
                        .add("productId", l.productId()).add("skuId", l.skuId()).add("quantity", l.quantity())));
                JsonObjectBuilder paid = Jsons.createObjectBuilder()
                        .add("orderId", order.id())
                        .add("userId", order.userId())
                        // A gift paid with points alone has no payment: its points, named after the order, paid it.
                        .add("paymentId", order.paymentId() == null ? "points:" + order.id() : order.paymentId())
                        .add("amount", money(order, order.totals().payable()))
                        .add("paidAt", clock.now().toString())
                        .add("lines", lines);
                if (order.pointsOfferId() != null) {
                    paid.add("pointsOfferId", order.pointsOfferId());
                }
                outbox.record(EventType.ORDER_PAID, order.id(), paid.build());
                LOG.info(() -> "order " + order.id() + " paid");
            }
        });
        return found;
    }

    /** The saga was cancelled: a placed order is cancelled, a checkout in progress rejected. */
    public Optional<Order> sagaCancelled(String lraId) {
        Optional<Order> found = bySaga(lraId);
        found.ifPresent(order -> {
            if (order.cancel(clock.now()) && order.status() == OrderStatus.CANCELLED) {
                outbox.record(EventType.ORDER_CANCELLED, order.id(), Jsons.createObjectBuilder()
                        .add("orderId", order.id())
                        .add("reason", order.cancelReason())
                        .build());
                LOG.info(() -> "order " + order.id() + " cancelled: " + order.cancelReason());
            }
        });
        return found;
    }

    /**
     * The goods left with a carrier (inventory-war asks, before it records the shipment): only a
     * paid order ships; the same shipment asked again changes nothing.
     */
    public Order ship(String orderId, String shipmentId, String carrier, String trackingNo) {
        Order order = visible(orderId);
        if (order.ship(shipmentId, carrier, trackingNo, clock.now())) {
            outbox.record(EventType.ORDER_SHIPPED, order.id(), Jsons.createObjectBuilder()
                    .add("orderId", order.id())
                    .add("shipmentId", shipmentId)
                    .add("carrier", carrier)
                    .add("trackingNo", trackingNo)
                    .build());
            LOG.info(() -> "order " + orderId + " shipped: " + carrier + " " + trackingNo);
        }
        return order;
    }

    /** The carrier delivered the order's shipment; a repeated or late report changes nothing. */
    public void delivered(String orderId, String shipmentId, OffsetDateTime at) {
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !shipmentId.equals(order.shipmentId())) {
            LOG.warning(() -> "delivery of shipment " + shipmentId + " names order " + orderId + ", which it does not carry; ignored");
            return;
        }
        if (order.deliver(at, clock.now())) {
            outbox.record(EventType.ORDER_DELIVERED, order.id(), Jsons.createObjectBuilder()
                    .add("orderId", order.id())
                    .add("shipmentId", shipmentId)
                    .add("deliveredAt", at.toString())
                    .build());
            LOG.info(() -> "order " + orderId + " delivered");
        }
    }

    /** The shopper confirms receipt of a shipped or delivered order. */
    public Order confirmReceipt(String orderId, String userId) {
        Order order = ofUserLocked(orderId, userId);
        complete(order, Order.RECEIPT_CONFIRMED);
        return order;
    }

    /** The days to confirm receipt ran out: the order completes as if confirmed. */
    public void autoConfirmReceipt(String orderId) {
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order != null && order.status() == OrderStatus.DELIVERED) {
            complete(order, Order.RECEIPT_AUTO_CONFIRMED);
        }
    }

    private void complete(Order order, String reason) {
        order.confirmReceipt(reason, clock.now());
        outbox.record(EventType.ORDER_COMPLETED, order.id(), Jsons.createObjectBuilder()
                .add("orderId", order.id())
                .add("reason", reason)
                .build());
        LOG.info(() -> "order " + order.id() + " completed: " + reason);
    }

    /** Delivered orders whose receipt was not confirmed before {@code before}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> awaitingReceiptBefore(OffsetDateTime before, int limit) {
        return em.createNamedQuery(Order.AWAITING_RECEIPT, String.class).setParameter("delivered", OrderStatus.DELIVERED)
                .setParameter("before", before).setMaxResults(limit).getResultList();
    }

    /** Any order a shopper may see, locked; for the shipping side, which checks the state itself. */
    private Order visible(String orderId) {
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !order.status().visible()) {
            throw ProblemException.notFound("No such order.");
        }
        return order;
    }

    /** The shopper's order, locked for a change; anyone else's is "not found". */
    public Order ofUserLocked(String orderId, String userId) {
        Order order = visible(orderId);
        if (!order.belongsTo(userId)) {
            throw ProblemException.notFound("No such order.");
        }
        return order;
    }

    /** A refused checkout: the order is never shown (the saga's own compensation may have done it first). */
    public void reject(String orderId) {
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order != null && order.status() == OrderStatus.CHECKING_OUT) {
            order.cancel(clock.now());
        }
    }

    /** The shopper asks to cancel: remembered, so the compensation reports why. */
    public Order requestCancel(String orderId, String userId) {
        Order order = ofUserLocked(orderId, userId);
        order.requestCancel();
        return order;
    }

    /** An order by id, whoever's it is; for the service's own processes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Order find(String orderId) {
        Order order = em.find(Order.class, orderId);
        if (order == null) {
            throw ProblemException.notFound("No such order.");
        }
        return order;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Order ofUser(String orderId, String userId) {
        Order order = em.find(Order.class, orderId);
        if (order == null || !order.belongsTo(userId) || !order.status().visible()) {
            throw ProblemException.notFound("No such order.");
        }
        return order;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Order> listOf(String userId, PageRequest page) {
        List<Order> items = em.createNamedQuery(Order.OF_USER, Order.class).setParameter("user", userId)
                .setParameter("visible", VISIBLE).setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(Order.COUNT_OF_USER, Long.class).setParameter("user", userId)
                .setParameter("visible", VISIBLE).getSingleResult();
        return Page.of(items, page, total);
    }

    /** Orders in the given statuses, longest unchanged first: an operator's work queue (PAID: to ship). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Order> withStatus(List<OrderStatus> statuses, PageRequest page) {
        List<Order> items = em.createNamedQuery(Order.WITH_STATUS, Order.class).setParameter("statuses", statuses)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(Order.COUNT_WITH_STATUS, Long.class).setParameter("statuses", statuses).getSingleResult();
        return Page.of(items, page, total);
    }

    /** Checkouts interrupted before they were placed (a crash mid-saga). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Order> abandonedBefore(OffsetDateTime before) {
        return em.createNamedQuery(Order.STALE_CHECKOUTS, Order.class).setParameter("checkingOut", OrderStatus.CHECKING_OUT)
                .setParameter("before", before).setMaxResults(100).getResultList();
    }

    /** The order of a checkout saga, as it is now (no lock). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Order> ofSaga(String lraId) {
        return em.createNamedQuery(Order.BY_SAGA, Order.class).setParameter("lra", lraId).getResultStream().findFirst();
    }

    private Optional<Order> bySaga(String lraId) {
        return em.createNamedQuery(Order.BY_SAGA, Order.class).setParameter("lra", lraId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private static jakarta.json.JsonObject money(Order order, long amount) {
        return Money.of(amount, order.currency()).toJson();
    }
}
