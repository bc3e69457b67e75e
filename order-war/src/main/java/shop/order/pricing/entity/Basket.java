package shop.order.pricing.entity;

import java.util.List;

/**
 * What is being priced: lines in one currency, the province it ships to (null when not chosen
 * yet), the shopper (whose coupons may apply; null for none), the coupon they chose (null: the
 * best of theirs, or none) and the flash sale it is bought in (null: none; its price is the
 * lines' price, and no other promotion applies).
 */
public record Basket(List<BasketLine> lines, String province, String shopperId, String couponId, String flashSaleId) {

    public Basket {
        lines = List.copyOf(lines);
    }

    /** Goods priced for nobody in particular: rules apply, no coupon does. */
    public Basket(List<BasketLine> lines, String province) {
        this(lines, province, null, null, null);
    }

    /** The same goods priced for {@code shopper}, with the coupon they chose (null: the best of theirs, or none). */
    public Basket forShopper(String shopper, String coupon) {
        return new Basket(lines, province, shopper, coupon, flashSaleId);
    }

    /** The same goods bought in a flash sale (their lines already at its price). */
    public Basket inFlashSale(String sale) {
        return new Basket(lines, province, shopperId, null, sale);
    }

    public String currency() {
        return lines.isEmpty() ? "CNY" : lines.get(0).currency();
    }
}
