package shop.order.checkout.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * A shopper's order and its state machine. Every change of status goes through an
 * intention-named method that refuses an illegal transition (409 {@code INVALID_STATE}) and
 * records the step in the history; callbacks that arrive twice find nothing left to do.
 */
@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
@NamedQuery(name = Order.BY_SAGA, query = "SELECT o FROM CustomerOrder o WHERE o.lraId = :lra")
@NamedQuery(name = Order.OF_USER, query = "SELECT o FROM CustomerOrder o WHERE o.userId = :user AND o.status IN :visible"
        + " ORDER BY o.createdAt DESC, o.id DESC")
@NamedQuery(name = Order.WITH_STATUS, query = "SELECT o FROM CustomerOrder o WHERE o.status IN :statuses ORDER BY o.updatedAt, o.id")
@NamedQuery(name = Order.COUNT_WITH_STATUS, query = "SELECT COUNT(o) FROM CustomerOrder o WHERE o.status IN :statuses")
@NamedQuery(name = Order.COUNT_OF_USER, query = "SELECT COUNT(o) FROM CustomerOrder o WHERE o.userId = :user AND o.status IN :visible")
@NamedQuery(name = Order.STALE_CHECKOUTS, query = "SELECT o FROM CustomerOrder o WHERE o.status = :checkingOut AND o.createdAt < :before")
@NamedQuery(name = Order.AWAITING_RECEIPT, query = "SELECT o.id FROM CustomerOrder o WHERE o.status = :delivered AND o.deliveredAt < :before"
        + " ORDER BY o.deliveredAt")
public class Order {

    public static final String BY_SAGA = "Order.bySaga";
    public static final String OF_USER = "Order.ofUser";
    public static final String COUNT_OF_USER = "Order.countOfUser";
    public static final String WITH_STATUS = "Order.withStatus";
    public static final String COUNT_WITH_STATUS = "Order.countWithStatus";
    public static final String STALE_CHECKOUTS = "Order.staleCheckouts";
    public static final String AWAITING_RECEIPT = "Order.awaitingReceipt";

    /** Why an order was cancelled, as {@code shop.order.cancelled} reports it. */
    public static final String USER_CANCELLED = "USER_CANCELLED";
    public static final String PAYMENT_TIMEOUT = "PAYMENT_TIMEOUT";
    /** Why an order was completed: the shopper confirmed receipt, or the days to do so ran out. */
    public static final String RECEIPT_CONFIRMED = "RECEIPT_CONFIRMED";
    public static final String RECEIPT_AUTO_CONFIRMED = "RECEIPT_AUTO_CONFIRMED";
    /** Why a refund ended without money moving, and the order went back to {@code PAID}. */
    public static final String REFUND_FAILED = "REFUND_FAILED";
    /** Why an order was refunded after delivery: every unit was returned. */
    public static final String RETURNED = "RETURNED";

    @Id
    private String id;

    @Column(name = "user_id")
    private String userId;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Column(name = "lra_id")
    private String lraId;

    @Column(name = "payment_id")
    private String paymentId;

    /** The shopper's coupon the discount used (promo-war's id), or null. */
    @Column(name = "coupon_id")
    private String couponId;

    /** The flash sale the order was bought in (promo-war's id), or null. */
    @Column(name = "flash_sale_id")
    private String flashSaleId;

    /** The points offer whose gift the order ships (promo-war's id), or null: paid with points alone, no payment. */
    @Column(name = "points_offer_id")
    private String pointsOfferId;

    private String currency;

    @Embedded
    private Totals totals;

    /** The delivery address as it was at checkout (JSON). */
    private String address;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "shipment_id")
    private String shipmentId;

    private String carrier;

    @Column(name = "tracking_no")
    private String trackingNo;

    @Column(name = "shipped_at")
    private OffsetDateTime shippedAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_status_change", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "seq")
    private List<StatusChange> history = new ArrayList<>();

    protected Order() {
    }

    /** A checkout begins: the order exists, but only the saga sees it until stock and payment are held. */
    public static Order checkingOut(String id, String userId, String lraId, String currency, List<OrderLine> lines, Totals totals,
            String addressJson, OffsetDateTime expiresAt, OffsetDateTime now) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        Order order = new Order();
        order.id = id;
        order.userId = userId;
        order.lraId = lraId;
        order.currency = currency;
        order.lines.addAll(lines);
        order.totals = totals;
        order.address = addressJson;
        order.expiresAt = expiresAt;
        order.createdAt = now;
        order.enter(OrderStatus.CHECKING_OUT, null, now);
        return order;
    }

    /** The discount uses this coupon of the shopper's (locked by the checkout saga). */
    public void usesCoupon(String coupon) {
        require(OrderStatus.CHECKING_OUT);
        couponId = coupon;
    }

    /** The order buys a flash sale's units at its price. */
    public void boughtInFlashSale(String sale) {
        require(OrderStatus.CHECKING_OUT);
        flashSaleId = sale;
    }

    /** The order ships a gift exchanged for points: its points pay for all of it. */
    public void exchangedForGift(String offer) {
        require(OrderStatus.CHECKING_OUT);
        if (totals.payable() != 0) {
            throw new IllegalStateException("a gift order is paid with points alone");
        }
        pointsOfferId = offer;
    }

    /** Stock and payment are held: the shopper can pay until {@link #expiresAt()}. */
    public void awaitPayment(String paymentId, OffsetDateTime now) {
        require(OrderStatus.CHECKING_OUT);
        if (paymentId == null && pointsOfferId == null) {
            throw new IllegalStateException("only a gift order is placed without a payment");
        }
        this.paymentId = paymentId;
        enter(OrderStatus.PENDING_PAYMENT, null, now);
    }

    /** The saga closed after a verified payment. False if it was already paid. */
    public boolean markPaid(OffsetDateTime now) {
        if (status == OrderStatus.PAID) {
            return false;
        }
        require(OrderStatus.PENDING_PAYMENT, OrderStatus.CHECKING_OUT);
        enter(OrderStatus.PAID, null, now);
        return true;
    }

    /**
     * The shopper asks to cancel an unpaid order; the saga's compensation then cancels with this
     * reason. A paid order is cancelled through {@link #startRefund}.
     */
    public void requestCancel() {
        if (status == OrderStatus.PENDING_PAYMENT) {
            cancelReason = USER_CANCELLED;
        } else if (status != OrderStatus.CANCELLED) {
            throw illegal("cancel");
        }
    }

    /** A paid order that has not shipped is cancelled: its money and stock go back through a refund saga. */
    public void startRefund(String reason, OffsetDateTime now) {
        require(OrderStatus.PAID);
        enter(OrderStatus.REFUNDING, reason, now);
    }

    /** The refund saga closed: the money is back with the shopper. False if already recorded. */
    public boolean refunded(OffsetDateTime now) {
        if (status == OrderStatus.REFUNDED) {
            return false;
        }
        require(OrderStatus.REFUNDING);
        enter(OrderStatus.REFUNDED, null, now);
        return true;
    }

    /** The provider refused the refund (the saga was cancelled): the order is paid again and may ship. */
    public boolean refundFailed(OffsetDateTime now) {
        if (status != OrderStatus.REFUNDING) {
            return false;
        }
        enter(OrderStatus.PAID, REFUND_FAILED, now);
        return true;
    }

    /**
     * The goods left with a carrier. Only a paid order ships, so a shipment and a refund can never
     * both happen; the same shipment reported again changes nothing (false).
     */
    public boolean ship(String shipmentId, String carrier, String trackingNo, OffsetDateTime now) {
        if (shipmentId.equals(this.shipmentId)) {
            return false;
        }
        require(OrderStatus.PAID);
        this.shipmentId = shipmentId;
        this.carrier = carrier;
        this.trackingNo = trackingNo;
        this.shippedAt = now;
        enter(OrderStatus.SHIPPED, null, now);
        return true;
    }

    /**
     * The carrier reported delivery. False when there is nothing to move: already delivered, or
     * the shopper confirmed receipt first (then only the moment is kept, for the return window).
     */
    public boolean deliver(OffsetDateTime at, OffsetDateTime now) {
        if (status == OrderStatus.SHIPPED) {
            deliveredAt = at;
            enter(OrderStatus.DELIVERED, null, now);
            return true;
        }
        if (status == OrderStatus.COMPLETED && deliveredAt == null) {
            deliveredAt = at;
            updatedAt = now;
        }
        return false;
    }

    /**
     * Until when goods may be returned: {@code window} after delivery (or after receipt, when the
     * carrier never reported delivery); null when the order has not arrived.
     */
    public OffsetDateTime returnableUntil(java.time.Duration window) {
        if (status != OrderStatus.DELIVERED && status != OrderStatus.COMPLETED) {
            return null;
        }
        OffsetDateTime arrived = deliveredAt != null ? deliveredAt : completedAt;
        return arrived == null ? null : arrived.plus(window);
    }

    /** The last units came back and were refunded: the whole order is refunded. */
    public boolean returnedInFull(OffsetDateTime now) {
        if (status == OrderStatus.REFUNDED) {
            return false;
        }
        if (status != OrderStatus.DELIVERED && status != OrderStatus.COMPLETED) {
            throw illegal("refund the returned goods of");
        }
        enter(OrderStatus.REFUNDED, RETURNED, now);
        return true;
    }

    /** Receipt confirmed, by the shopper or automatically: the order is complete. */
    public void confirmReceipt(String reason, OffsetDateTime now) {
        if (status != OrderStatus.SHIPPED && status != OrderStatus.DELIVERED) {
            throw illegal("confirm receipt of");
        }
        completedAt = now;
        enter(OrderStatus.COMPLETED, reason, now);
    }

    /**
     * The saga was cancelled: a placed order is {@code CANCELLED} (for the reason asked, else the
     * payment window closed), a checkout still in progress is {@code REJECTED}. False if it had
     * already ended that way.
     */
    public boolean cancel(OffsetDateTime now) {
        switch (status) {
            case PENDING_PAYMENT -> {
                enter(OrderStatus.CANCELLED, cancelReason == null ? PAYMENT_TIMEOUT : cancelReason, now);
                return true;
            }
            case CHECKING_OUT -> {
                enter(OrderStatus.REJECTED, null, now);
                return true;
            }
            case CANCELLED, REJECTED -> {
                return false;
            }
            default -> throw illegal("cancel");
        }
    }

    public boolean belongsTo(String user) {
        return userId.equals(user);
    }

    private void require(OrderStatus... allowed) {
        for (OrderStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw illegal("change");
    }

    private ProblemException illegal(String what) {
        return new ProblemException(ErrorCode.INVALID_STATE, "Cannot " + what + " an order that is " + status + ".");
    }

    private void enter(OrderStatus next, String reason, OffsetDateTime now) {
        status = next;
        updatedAt = now;
        history.add(new StatusChange(next, reason, now));
    }

    public String id() { return id; }
    public String userId() { return userId; }
    public OrderStatus status() { return status; }
    public String lraId() { return lraId; }
    public String paymentId() { return paymentId; }
    public String couponId() { return couponId; }
    public String flashSaleId() { return flashSaleId; }
    public String pointsOfferId() { return pointsOfferId; }
    public String currency() { return currency; }
    public Totals totals() { return totals; }
    public String addressJson() { return address; }
    public String cancelReason() { return status == OrderStatus.CANCELLED ? history.get(history.size() - 1).reason() : null; }
    public OffsetDateTime expiresAt() { return expiresAt; }
    public String shipmentId() { return shipmentId; }
    public String carrier() { return carrier; }
    public String trackingNo() { return trackingNo; }
    public OffsetDateTime shippedAt() { return shippedAt; }
    public OffsetDateTime deliveredAt() { return deliveredAt; }
    public OffsetDateTime completedAt() { return completedAt; }
    public OffsetDateTime createdAt() { return createdAt; }
    public List<OrderLine> lines() { return List.copyOf(lines); }
    public List<StatusChange> history() { return List.copyOf(history); }
}
