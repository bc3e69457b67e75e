package shop.promo.coupon.entity;

/**
 * A coupon's life: AVAILABLE in the wallet, LOCKED by a checkout in progress, USED by a paid
 * order. EXPIRED is how an AVAILABLE coupon reads once its template's validity has passed or
 * the template was ended; it is never stored.
 */
public enum CouponStatus {
    AVAILABLE,
    LOCKED,
    USED,
    EXPIRED
}
