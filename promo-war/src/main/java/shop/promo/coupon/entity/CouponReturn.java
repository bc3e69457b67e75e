package shop.promo.coupon.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A refund saga giving the order's coupon back: ANNOUNCED until the saga closes (RETURNED, or
 * KEPT when the coupon can no longer be used) or is cancelled (DROPPED).
 */
@Entity
@Table(name = "coupon_return")
public class CouponReturn extends CouponSagaRecord {

    /** Where a coupon return stands. */
    public enum State { ANNOUNCED, RETURNED, KEPT, DROPPED }

    @Enumerated(EnumType.STRING)
    private State state;

    protected CouponReturn() {
    }

    private CouponReturn(String lraId, String couponId, String orderId, OffsetDateTime now) {
        super(lraId, couponId, orderId, now);
        state = State.ANNOUNCED;
    }

    public static CouponReturn announced(String lraId, String couponId, String orderId, OffsetDateTime now) {
        return new CouponReturn(lraId, couponId, orderId, now);
    }

    /** The saga ended; false if it had already ended. */
    public boolean end(State end, OffsetDateTime now) {
        if (state != State.ANNOUNCED) {
            return false;
        }
        state = end;
        ended(now);
        return true;
    }

    public State state() { return state; }
}
