package shop.promo.coupon.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What a saga did with a coupon, kept after the saga: which saga, coupon and order, and when it
 * began and ended. The row outlives the saga, so a callback repeated or arriving out of order
 * finds it and changes nothing twice.
 */
@MappedSuperclass
public abstract class CouponSagaRecord {

    @Id
    @Column(name = "lra_id")
    private String lraId;

    @Column(name = "coupon_id")
    private String couponId;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected CouponSagaRecord() {
    }

    protected CouponSagaRecord(String lraId, String couponId, String orderId, OffsetDateTime now) {
        this.lraId = lraId;
        this.couponId = couponId;
        this.orderId = orderId;
        this.createdAt = now;
    }

    protected void ended(OffsetDateTime now) {
        endedAt = now;
    }

    public String lraId() { return lraId; }
    public String couponId() { return couponId; }
    public String orderId() { return orderId; }
}
