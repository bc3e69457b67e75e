package shop.payment.refund.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Money going back from one payment, full or partial. Its id is the refund request id the
 * requester chose: the same request again finds this refund instead of making another.
 */
@Entity
@Table(name = "refund")
@NamedQuery(name = Refund.OF_PAYMENT, query = "SELECT r FROM Refund r WHERE r.paymentId = :payment ORDER BY r.createdAt, r.id")
@NamedQuery(name = Refund.OF_ORDER, query = "SELECT r FROM Refund r WHERE r.orderId = :order ORDER BY r.createdAt, r.id")
public class Refund {

    public static final String OF_PAYMENT = "Refund.ofPayment";
    public static final String OF_ORDER = "Refund.ofOrder";

    @Id
    private String id;

    @Column(name = "payment_id")
    private String paymentId;

    @Column(name = "order_id")
    private String orderId;

    private long amount;

    private String currency;

    private String reason;

    @Enumerated(EnumType.STRING)
    private RefundStatus status;

    private String provider;

    @Column(name = "provider_refund_id")
    private String providerRefundId;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Refund() {
    }

    /** A refund the provider confirmed at once (the sandbox does). */
    public static Refund succeeded(String id, String paymentId, String orderId, long amount, String currency, String reason,
            String provider, String providerRefundId, OffsetDateTime now) {
        Refund r = new Refund();
        r.id = id;
        r.paymentId = paymentId;
        r.orderId = orderId;
        r.amount = amount;
        r.currency = currency;
        r.reason = reason;
        r.provider = provider;
        r.providerRefundId = providerRefundId;
        r.status = RefundStatus.SUCCEEDED;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /** A refund the provider took but has not confirmed yet (it will notify). */
    public static Refund pending(String id, String paymentId, String orderId, long amount, String currency, String reason,
            String provider, OffsetDateTime now) {
        Refund r = succeeded(id, paymentId, orderId, amount, currency, reason, provider, null, now);
        r.status = RefundStatus.PENDING;
        return r;
    }

    /** The provider confirmed or refused a pending refund. False if it was not pending (a repeated notification). */
    public boolean settle(boolean succeeded, String providerRefundId, OffsetDateTime now) {
        if (status != RefundStatus.PENDING) {
            return false;
        }
        status = succeeded ? RefundStatus.SUCCEEDED : RefundStatus.FAILED;
        if (providerRefundId != null) {
            this.providerRefundId = providerRefundId;
        }
        updatedAt = now;
        return true;
    }

    /** Whether a request with this id asks for the same thing as the one that made this refund. */
    public boolean sameRequest(String paymentId, long amount) {
        return this.paymentId.equals(paymentId) && this.amount == amount;
    }

    public String id() { return id; }
    public String paymentId() { return paymentId; }
    public String orderId() { return orderId; }
    public long amount() { return amount; }
    public String currency() { return currency; }
    public String reason() { return reason; }
    public RefundStatus status() { return status; }
    public String provider() { return provider; }
    public String providerRefundId() { return providerRefundId; }
    public OffsetDateTime createdAt() { return createdAt; }
}
