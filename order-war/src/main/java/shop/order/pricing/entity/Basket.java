package shop.order.pricing.entity;

import java.util.List;

/**
 * What is being priced: lines in one currency, the province it ships to (null when not chosen
 * yet), the shopper (whose coupons may apply; null for none) and the coupon they chose (null:
 * the best of theirs, or none).
 */
public record Basket(List<BasketLine> lines, String province, String shopperId, String couponId) {

    public Basket {
        lines = List.copyOf(lines);
    }

    /** Goods priced for nobody in particular: rules apply, no coupon does. */
    public Basket(List<BasketLine> lines, String province) {
        this(lines, province, null, null);
    }

    /** The same goods priced for {@code shopper}, with the coupon they chose (null: the best of theirs, or none). */
    public Basket forShopper(String shopper, String coupon) {
        return new Basket(lines, province, shopper, coupon);
    }

    public String currency() {
        return lines.isEmpty() ? "CNY" : lines.get(0).currency();
    }
}
