package shop.promo.coupon.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One shopper's coupon, claimed from a template; locked by a checkout, used by a paid order. */
@Entity
@Table(name = "coupon")
public class Coupon {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "template_id")
    private CouponTemplate template;

    @Column(name = "user_id")
    private String userId;

    @Enumerated(EnumType.STRING)
    private CouponStatus status;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "claimed_at")
    private OffsetDateTime claimedAt;

    @Column(name = "locked_at")
    private OffsetDateTime lockedAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Version
    private long version;

    protected Coupon() {
    }

    public static Coupon claimed(String id, CouponTemplate template, String userId, OffsetDateTime now) {
        Coupon c = new Coupon();
        c.id = id;
        c.template = template;
        c.userId = userId;
        c.status = CouponStatus.AVAILABLE;
        c.claimedAt = now;
        return c;
    }

    /** How the shopper sees it now: an available coupon that can no longer be used reads EXPIRED. */
    public CouponStatus statusAt(OffsetDateTime now) {
        return status == CouponStatus.AVAILABLE && !template.usableAt(now) && !now.isBefore(template.validFrom())
                ? CouponStatus.EXPIRED : status;
    }

    /** Whether a checkout may lock it now. */
    public boolean usableAt(OffsetDateTime now) {
        return status == CouponStatus.AVAILABLE && template.usableAt(now);
    }

    /** A checkout holds it for {@code order}. */
    public void lock(String order, OffsetDateTime now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("coupon " + id + " cannot be locked");
        }
        status = CouponStatus.LOCKED;
        orderId = order;
        lockedAt = now;
    }

    /** The checkout was cancelled: back in the wallet. Only the order that locked it releases it. */
    public boolean release(String order) {
        if (status != CouponStatus.LOCKED || !order.equals(orderId)) {
            return false;
        }
        status = CouponStatus.AVAILABLE;
        orderId = null;
        lockedAt = null;
        return true;
    }

    /** The order was paid: the coupon is spent. */
    public boolean use(String order, OffsetDateTime now) {
        if (status != CouponStatus.LOCKED || !order.equals(orderId)) {
            return false;
        }
        status = CouponStatus.USED;
        usedAt = now;
        return true;
    }

    /** The order it paid was refunded in full: back in the wallet if it can still be used. */
    public boolean giveBack(String order, OffsetDateTime now) {
        if (status != CouponStatus.USED || !order.equals(orderId) || !template.usableAt(now)) {
            return false;
        }
        status = CouponStatus.AVAILABLE;
        orderId = null;
        lockedAt = null;
        usedAt = null;
        return true;
    }

    public String id() { return id; }
    public CouponTemplate template() { return template; }
    public String userId() { return userId; }
    public CouponStatus status() { return status; }
    public String orderId() { return orderId; }
    public OffsetDateTime claimedAt() { return claimedAt; }
    public OffsetDateTime usedAt() { return usedAt; }
}
