package shop.order.returns.entity;

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
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * A return of some units of one order, and its state machine: {@code REQUESTED} → {@code APPROVED}
 * or {@code REJECTED}; {@code APPROVED} → {@code RECEIVED} (goods back, refund under way) →
 * {@code REFUNDED}. An illegal step is 409 {@code INVALID_STATE}.
 */
@Entity
@Table(name = "order_return")
@NamedQuery(name = OrderReturn.OF_ORDER, query = "SELECT r FROM OrderReturn r WHERE r.orderId = :order ORDER BY r.createdAt, r.id")
@NamedQuery(name = OrderReturn.BY_STATUS, query = "SELECT r FROM OrderReturn r WHERE r.status IN :statuses ORDER BY r.createdAt, r.id")
@NamedQuery(name = OrderReturn.COUNT_BY_STATUS, query = "SELECT COUNT(r) FROM OrderReturn r WHERE r.status IN :statuses")
public class OrderReturn {

    public static final String OF_ORDER = "OrderReturn.ofOrder";
    public static final String BY_STATUS = "OrderReturn.byStatus";
    public static final String COUNT_BY_STATUS = "OrderReturn.countByStatus";

    @Id
    private String id;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "user_id")
    private String userId;

    @Enumerated(EnumType.STRING)
    private ReturnStatus status;

    private String reason;

    @Column(name = "refund_amount")
    private Long refundAmount;

    /** The lines' share of the points the order paid with, given back with the money. */
    @Column(name = "refund_points")
    private long refundPoints;

    @Column(name = "includes_shipping")
    private boolean includesShipping;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_return_line", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "line_no")
    private List<ReturnLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_return_step", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "seq")
    private List<ReturnStep> history = new ArrayList<>();

    protected OrderReturn() {
    }

    public static OrderReturn requested(String id, String orderId, String userId, String reason, List<ReturnLine> lines,
            OffsetDateTime now) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a return has at least one line");
        }
        OrderReturn r = new OrderReturn();
        r.id = id;
        r.orderId = orderId;
        r.userId = userId;
        r.reason = reason;
        r.lines.addAll(lines);
        r.createdAt = now;
        r.enter(ReturnStatus.REQUESTED, null, userId, now);
        return r;
    }

    public void approve(String operator, OffsetDateTime now) {
        require(ReturnStatus.REQUESTED, "approve");
        enter(ReturnStatus.APPROVED, null, operator, now);
    }

    public void reject(String operator, String note, OffsetDateTime now) {
        require(ReturnStatus.REQUESTED, "reject");
        enter(ReturnStatus.REJECTED, note, operator, now);
    }

    /**
     * The goods arrived back; the refund is fixed now (asked again after a refused refund, the
     * same amount is used). False when they had already been received.
     */
    public boolean receive(long amount, long points, boolean withShipping, String operator, OffsetDateTime now) {
        if (status == ReturnStatus.RECEIVED) {
            return false;
        }
        require(ReturnStatus.APPROVED, "receive goods of");
        refundAmount = amount;
        refundPoints = points;
        includesShipping = withShipping;
        enter(ReturnStatus.RECEIVED, null, operator, now);
        return true;
    }

    /** The refund saga closed. False if already recorded. */
    public boolean refunded(OffsetDateTime now) {
        if (status == ReturnStatus.REFUNDED) {
            return false;
        }
        require(ReturnStatus.RECEIVED, "refund");
        enter(ReturnStatus.REFUNDED, null, "refund", now);
        return true;
    }

    public boolean belongsTo(String user) {
        return userId.equals(user);
    }

    private void require(ReturnStatus allowed, String what) {
        if (status != allowed) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "Cannot " + what + " a return that is " + status + ".");
        }
    }

    private void enter(ReturnStatus next, String note, String actor, OffsetDateTime now) {
        status = next;
        updatedAt = now;
        history.add(new ReturnStep(next, note, actor, now));
    }

    public String id() { return id; }
    public String orderId() { return orderId; }
    public String userId() { return userId; }
    public ReturnStatus status() { return status; }
    public String reason() { return reason; }
    public Long refundAmount() { return refundAmount; }
    public long refundPoints() { return refundPoints; }
    public boolean includesShipping() { return includesShipping; }
    public OffsetDateTime createdAt() { return createdAt; }
    public List<ReturnLine> lines() { return List.copyOf(lines); }
    public List<ReturnStep> history() { return List.copyOf(history); }
}
