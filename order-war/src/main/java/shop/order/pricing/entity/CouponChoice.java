package shop.order.pricing.entity;

/**
 * One of the shopper's coupons as promo-war sees it against a basket: the discount the best
 * combination with it gives, or why it cannot be used.
 */
public record CouponChoice(String couponId, String templateId, String name, boolean applicable, long discount, String reason) {
}
