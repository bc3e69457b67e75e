package shop.promo.coupon.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A saga's hold on a coupon: a checkout's lock (LOCKED, then USED or RELEASED) or a refund's
 * return (ANNOUNCED, then RETURNED, KEPT or DROPPED). The row outlives the saga, so a callback
 * repeated or arriving out of order changes nothing twice.
 */
@Entity
@Table(name = "coupon_lock")
public class CouponLock {

    /** Where a checkout's hold stands. */
    public enum State { LOCKED, USED, RELEASED }

    @Id
    @Column(name = "lra_id")
    private String lraId;

    @Column(name = "coupon_id")
    private String couponId;

    @Column(name = "order_id")
    private String orderId;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected CouponLock() {
    }

    public static CouponLock locked(String lraId, String couponId, String orderId, OffsetDateTime now) {
        CouponLock l = new CouponLock();
        l.lraId = lraId;
        l.couponId = couponId;
        l.orderId = orderId;
        l.state = State.LOCKED;
        l.createdAt = now;
        return l;
    }

    /** The saga ended; false if it had already ended. */
    public boolean end(State end, OffsetDateTime now) {
        if (state != State.LOCKED) {
            return false;
        }
        state = end;
        endedAt = now;
        return true;
    }

    public String lraId() { return lraId; }
    public String couponId() { return couponId; }
    public String orderId() { return orderId; }
    public State state() { return state; }
}
