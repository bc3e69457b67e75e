package shop.payment.reconciliation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One disagreement between the provider's statement and our books. */
@Embeddable
public class Mismatch {

    /** What disagrees. */
    public enum Problem {
        /** We recorded money the provider did not move (a forged or mistaken callback, a lost refund). */
        MISSING_AT_PROVIDER,
        /** The provider moved money we did not record (a second payment, a refund we never asked). */
        MISSING_HERE,
        AMOUNT_DIFFERS
    }

    @Enumerated(EnumType.STRING)
    private Problem problem;

    /** {@code PAYMENT} or {@code REFUND}. */
    private String kind;

    @Column(name = "payment_id")
    private String paymentId;

    @Column(name = "refund_id")
    private String refundId;

    @Column(name = "provider_txn_id")
    private String providerTxnId;

    private Long ours;

    private Long theirs;

    protected Mismatch() {
    }

    public Mismatch(Problem problem, String kind, String paymentId, String refundId, String providerTxnId, Long ours, Long theirs) {
        this.problem = problem;
        this.kind = kind;
        this.paymentId = paymentId;
        this.refundId = refundId;
        this.providerTxnId = providerTxnId;
        this.ours = ours;
        this.theirs = theirs;
    }

    public Problem problem() { return problem; }
    public String kind() { return kind; }
    public String paymentId() { return paymentId; }
    public String refundId() { return refundId; }
    public String providerTxnId() { return providerTxnId; }
    public Long ours() { return ours; }
    public Long theirs() { return theirs; }
}
