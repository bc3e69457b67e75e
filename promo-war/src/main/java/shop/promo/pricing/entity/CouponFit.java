package shop.promo.pricing.entity;

/**
 * Whether one of the shopper's coupons can be used on these goods: the discount the best
 * combination with it gives, or why it cannot be used.
 */
public record CouponFit(String couponId, String templateId, String name, boolean applicable, long discount, String reason) {
}
