package shop.promo.coupon.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A checkout saga's hold on a coupon: LOCKED, then USED (the order was paid) or RELEASED. */
@Entity
@Table(name = "coupon_lock")
public class CouponLock extends CouponSagaRecord {

    /** Where a checkout's hold stands. */
    public enum State { LOCKED, USED, RELEASED }

    @Enumerated(EnumType.STRING)
    private State state;

    protected CouponLock() {
    }

    private CouponLock(String lraId, String couponId, String orderId, OffsetDateTime now) {
        super(lraId, couponId, orderId, now);
        state = State.LOCKED;
    }

    public static CouponLock locked(String lraId, String couponId, String orderId, OffsetDateTime now) {
        return new CouponLock(lraId, couponId, orderId, now);
    }

    /** The saga ended; false if it had already ended. */
    public boolean end(State end, OffsetDateTime now) {
        if (state != State.LOCKED) {
            return false;
        }
        state = end;
        ended(now);
        return true;
    }

    public State state() { return state; }
}
