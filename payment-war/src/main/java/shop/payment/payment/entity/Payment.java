package shop.payment.payment.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * The payment of one order, and its state machine: provider outcomes, the saga's void and the
 * automatic refund of money that arrived after the order was cancelled. Each transition says
 * whether it changed anything, so a repeated callback or compensation is a no-op.
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = Payment.BY_SAGA, query = "SELECT p FROM Payment p WHERE p.lraId = :lra")
@NamedQuery(name = Payment.UNCLOSED, query = "SELECT p FROM Payment p WHERE p.status = :succeeded AND p.sagaCompleted = FALSE"
        + " AND p.updatedAt < :before")
public class Payment {

    public static final String BY_SAGA = "Payment.bySaga";
    public static final String UNCLOSED = "Payment.unclosed";

    @Id
    private String id;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "lra_id")
    private String lraId;

    private long amount;

    private String currency;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    private String provider;

    @Column(name = "provider_txn_id")
    private String providerTxnId;

    @Column(name = "refunded_amount")
    private long refundedAmount;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    @Column(name = "saga_completed")
    private boolean sagaCompleted;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Payment() {
    }

    public static Payment pending(String id, String orderId, String userId, String lraId, long amount, String currency,
            String provider, OffsetDateTime now) {
        Payment p = new Payment();
        p.id = id;
        p.orderId = orderId;
        p.userId = userId;
        p.lraId = lraId;
        p.amount = amount;
        p.currency = currency;
        p.provider = provider;
        p.status = PaymentStatus.PENDING;
        p.createdAt = now;
        p.updatedAt = now;
        return p;
    }

    /** The shopper may (again) ask the provider to take the money. */
    public void requireAwaitingPayment() {
        if (status != PaymentStatus.PENDING && status != PaymentStatus.FAILED) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "This payment is " + status + ".");
        }
    }

    /** The shopper chose how to pay (at the cashier); only while the payment awaits its money. */
    public void payWith(String provider, OffsetDateTime now) {
        requireAwaitingPayment();
        this.provider = provider;
        this.updatedAt = now;
    }

    /** A refund the provider refused after all: its amount may be refunded again. */
    public void refundRefused(long refundAmount, OffsetDateTime now) {
        refundedAmount -= Math.min(refundAmount, refundedAmount);
        if (status == PaymentStatus.REFUNDED) {
            status = PaymentStatus.SUCCEEDED;
        }
        updatedAt = now;
    }

    /** The provider took the money. False if this payment was already paid (then nothing changes). */
    public boolean succeeded(String providerTxnId, OffsetDateTime now) {
        if (status == PaymentStatus.SUCCEEDED || status == PaymentStatus.REFUNDED) {
            return false;
        }
        // From VOIDED too: the money arrived after the order was cancelled and is refunded next.
        this.providerTxnId = providerTxnId;
        this.paidAt = now;
        return move(PaymentStatus.SUCCEEDED, now);
    }

    /** The provider could not take the money; the shopper may try again. */
    public boolean failed(OffsetDateTime now) {
        return status == PaymentStatus.PENDING && move(PaymentStatus.FAILED, now);
    }

    /** The saga was cancelled before any money moved. */
    public boolean voided(OffsetDateTime now) {
        return (status == PaymentStatus.PENDING || status == PaymentStatus.FAILED) && move(PaymentStatus.VOIDED, now);
    }

    /**
     * Part or all of the money goes back. Only a succeeded payment refunds, never beyond what is
     * left of it; once all of it went back the payment is {@code REFUNDED}.
     */
    public void refund(long refundAmount, OffsetDateTime now) {
        if (status != PaymentStatus.SUCCEEDED) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "A payment that is " + status + " cannot be refunded.");
        }
        if (refundAmount <= 0 || refundAmount > refundable()) {
            throw ProblemException.invalid("amount", "must be between 1 and the " + refundable() + " left to refund");
        }
        refundedAmount += refundAmount;
        if (refundedAmount == amount) {
            move(PaymentStatus.REFUNDED, now);
        } else {
            updatedAt = now;
        }
    }

    /** What is left to refund: the amount taken minus what went back already. */
    public long refundable() {
        return status == PaymentStatus.SUCCEEDED ? amount - refundedAmount : 0;
    }

    /** The saga closed: the order is paid and nothing is left to do here. */
    public void sagaCompleted(OffsetDateTime now) {
        sagaCompleted = true;
        updatedAt = now;
    }

    private boolean move(PaymentStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
        return true;
    }

    public boolean belongsTo(String user) {
        return userId.equals(user);
    }

    public String id() { return id; }
    public String orderId() { return orderId; }
    public String userId() { return userId; }
    public String lraId() { return lraId; }
    public long amount() { return amount; }
    public String currency() { return currency; }
    public PaymentStatus status() { return status; }
    public String provider() { return provider; }
    public String providerTxnId() { return providerTxnId; }
    public long refundedAmount() { return refundedAmount; }
    public OffsetDateTime paidAt() { return paidAt; }
    public boolean isSagaCompleted() { return sagaCompleted; }
}
