package shop.promo.coupon.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A refund saga giving the order's coupon back: ANNOUNCED until the saga closes (RETURNED, or
 * KEPT when the coupon can no longer be used) or is cancelled (DROPPED).
 */
@Entity
@Table(name = "coupon_return")
public class CouponReturn {

    /** Where a coupon return stands. */
    public enum State { ANNOUNCED, RETURNED, KEPT, DROPPED }

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

    protected CouponReturn() {
    }

    public static CouponReturn announced(String lraId, String couponId, String orderId, OffsetDateTime now) {
        CouponReturn r = new CouponReturn();
        r.lraId = lraId;
        r.couponId = couponId;
        r.orderId = orderId;
        r.state = State.ANNOUNCED;
        r.createdAt = now;
        return r;
    }

    /** The saga ended; false if it had already ended. */
    public boolean end(State end, OffsetDateTime now) {
        if (state != State.ANNOUNCED) {
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
