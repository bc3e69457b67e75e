package shop.order.refund.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

/**
 * One refund of an order: how much goes back, which stock returns, and its saga. The id is the
 * refund request id payment-war is asked with, so a retried request cannot refund twice.
 */
@Entity
@Table(name = "order_refund")
@NamedQuery(name = OrderRefund.BY_SAGA, query = "SELECT r FROM OrderRefund r WHERE r.lraId = :lra")
@NamedQuery(name = OrderRefund.STALLED, query = "SELECT r FROM OrderRefund r WHERE r.status = :running AND r.updatedAt < :before"
        + " ORDER BY r.updatedAt")
@NamedQuery(name = OrderRefund.OF_ORDER, query = "SELECT r FROM OrderRefund r WHERE r.orderId = :order ORDER BY r.createdAt")
public class OrderRefund {

    public static final String BY_SAGA = "OrderRefund.bySaga";
    public static final String STALLED = "OrderRefund.stalled";
    public static final String OF_ORDER = "OrderRefund.ofOrder";

    @Id
    private String id;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "lra_id")
    private String lraId;

    /** The return this refund pays back, or null for a cancellation. */
    @Column(name = "return_id")
    private String returnId;

    private String reason;

    private long amount;

    /** Points the order paid with that this refund gives back (its share for a return, all for a cancellation). */
    private long points;

    @Enumerated(EnumType.STRING)
    private RefundStatus status;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_refund_line", joinColumns = @JoinColumn(name = "refund_id"))
    @OrderColumn(name = "line_no")
    private List<RestockLine> restock = new ArrayList<>();

    protected OrderRefund() {
    }

    public static OrderRefund running(String id, String orderId, String lraId, String reason, long amount, long points,
            List<RestockLine> restock, String returnId, OffsetDateTime now) {
        OrderRefund refund = new OrderRefund();
        refund.returnId = returnId;
        refund.id = id;
        refund.orderId = orderId;
        refund.lraId = lraId;
        refund.reason = reason;
        refund.amount = amount;
        refund.points = points;
        refund.restock.addAll(restock);
        refund.status = RefundStatus.RUNNING;
        refund.createdAt = now;
        refund.updatedAt = now;
        return refund;
    }

    /** The saga closed. False if it was already recorded. */
    public boolean done(OffsetDateTime now) {
        return move(RefundStatus.DONE, now);
    }

    /** The saga was cancelled. False if it was already recorded. */
    public boolean failed(OffsetDateTime now) {
        return move(RefundStatus.FAILED, now);
    }

    /** Another attempt is being made; the sweep waits a while before the next. */
    public void retried(OffsetDateTime now) {
        updatedAt = now;
    }

    private boolean move(RefundStatus next, OffsetDateTime now) {
        if (status != RefundStatus.RUNNING) {
            return false;
        }
        status = next;
        updatedAt = now;
        return true;
    }

    public String id() { return id; }
    public String orderId() { return orderId; }
    public String lraId() { return lraId; }
    public String returnId() { return returnId; }
    public String reason() { return reason; }
    public long amount() { return amount; }
    public long points() { return points; }
    public RefundStatus status() { return status; }
    public OffsetDateTime createdAt() { return createdAt; }
    public List<RestockLine> restock() { return List.copyOf(restock); }
}
