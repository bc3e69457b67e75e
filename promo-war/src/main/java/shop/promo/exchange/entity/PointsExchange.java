package shop.promo.exchange.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One shopper's exchange of points for a coupon or a gift: a saga in which user-war holds the
 * points and this service issues the coupon, or order-war places the gift's order (which holds
 * the points). {@code PENDING} while the saga runs, then {@code DONE} (the points spent, the
 * coupon the shopper's or the order paid) or {@code REFUSED} (points back, no coupon, the order
 * cancelled); a done gift is {@code RETURNED} when its order is refunded.
 */
@Entity
@Table(name = "points_exchange")
@NamedQuery(name = PointsExchange.BY_SAGA, query = "SELECT e FROM PointsExchange e WHERE e.lraId = :lra")
@NamedQuery(name = PointsExchange.OF_USER, query = "SELECT e FROM PointsExchange e WHERE e.userId = :user ORDER BY e.createdAt DESC, e.id")
@NamedQuery(name = PointsExchange.COUNT_OF_USER, query = "SELECT COUNT(e) FROM PointsExchange e WHERE e.userId = :user")
@NamedQuery(name = PointsExchange.LIVE_OF_USER, query = "SELECT COUNT(e) FROM PointsExchange e WHERE e.offerId = :offer AND e.userId = :user"
        + " AND e.status IN :live")
@NamedQuery(name = PointsExchange.BY_ORDER, query = "SELECT e FROM PointsExchange e WHERE e.orderId = :order")
@NamedQuery(name = PointsExchange.STALE, query = "SELECT e FROM PointsExchange e WHERE e.status = :pending AND e.updatedAt < :before")
public class PointsExchange {

    public static final String BY_SAGA = "PointsExchange.bySaga";
    public static final String OF_USER = "PointsExchange.ofUser";
    public static final String COUNT_OF_USER = "PointsExchange.countOfUser";
    public static final String LIVE_OF_USER = "PointsExchange.liveOfUser";
    public static final String BY_ORDER = "PointsExchange.byOrder";
    public static final String STALE = "PointsExchange.stale";

    /** Where the exchange is; {@code RETURNED}: a done gift whose order was refunded (cancelled or sent back). */
    public enum Status {
        PENDING, DONE, REFUSED, RETURNED;

        /** PENDING ends once, as DONE or REFUSED; only a DONE exchange is RETURNED, once. */
        public boolean canBecome(Status next) {
            return this == PENDING && (next == DONE || next == REFUSED) || this == DONE && next == RETURNED;
        }

        /** Whether the exchange holds what it exchanged for (a gift's unit counts against the offer and the shopper's limit). */
        public boolean live() {
            return this == PENDING || this == DONE;
        }
    }

    @Id
    private String id;

    @Column(name = "offer_id")
    private String offerId;

    @Column(name = "user_id")
    private String userId;

    private long points;

    @Column(name = "lra_id")
    private String lraId;

    @Column(name = "coupon_id")
    private String couponId;

    /** The gift's order in order-war (null for a coupon, or before it is placed). */
    @Column(name = "order_id")
    private String orderId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String problem;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected PointsExchange() {
    }

    public static PointsExchange begin(String id, String offerId, String userId, long points, String lraId, OffsetDateTime now) {
        PointsExchange exchange = new PointsExchange();
        exchange.id = id;
        exchange.offerId = offerId;
        exchange.userId = userId;
        exchange.points = points;
        exchange.lraId = lraId;
        exchange.status = Status.PENDING;
        exchange.createdAt = now;
        exchange.updatedAt = now;
        return exchange;
    }

    /** The coupon the exchange issued (still pending until the saga closes). */
    public void issued(String coupon, OffsetDateTime now) {
        couponId = coupon;
        updatedAt = now;
    }

    /** The gift's order order-war placed (paid when the saga closes). */
    public void ordered(String order, OffsetDateTime now) {
        orderId = order;
        updatedAt = now;
    }

    public boolean done(OffsetDateTime now) {
        return end(Status.DONE, null, now);
    }

    /** Refused, with the problem+json the shopper got (or null); the coupon, if any, is gone. */
    public boolean refuse(String problemJson, OffsetDateTime now) {
        boolean ended = end(Status.REFUSED, problemJson, now);
        if (ended) {
            couponId = null;
        }
        return ended;
    }

    /** The gift's order was refunded: its unit is no longer the shopper's. False if it was not a done exchange. */
    public boolean returned(OffsetDateTime now) {
        return end(Status.RETURNED, problem, now);
    }

    private boolean end(Status next, String problemJson, OffsetDateTime now) {
        if (!status.canBecome(next)) {
            return false;
        }
        status = next;
        problem = problemJson;
        updatedAt = now;
        return true;
    }

    public String id() { return id; }
    public String offerId() { return offerId; }
    public String userId() { return userId; }
    public long points() { return points; }
    public String lraId() { return lraId; }
    public String couponId() { return couponId; }
    public String orderId() { return orderId; }
    public Status status() { return status; }
    public String problem() { return problem; }
    public OffsetDateTime createdAt() { return createdAt; }
}
