package shop.order.pricing.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A priced basket: {@code payable = items - discount + shipping - points}, never negative, with
 * the adjustments that explain it. Rules fill it in order through the mutable methods; callers
 * read it once the calculation is done.
 */
public final class Quote {

    private final Basket basket;
    private final List<Adjustment> adjustments = new ArrayList<>();
    private long items;
    private long discount;
    private long shipping;
    private long points;
    private String couponId;
    private List<CouponChoice> coupons = List.of();
    private boolean promotionsUnavailable;

    public Quote(Basket basket) {
        this.basket = basket;
    }

    public Basket basket() { return basket; }
    public String currency() { return basket.currency(); }
    public long items() { return items; }
    public long discount() { return discount; }
    public long shipping() { return shipping; }
    public long points() { return points; }
    public List<Adjustment> adjustments() { return List.copyOf(adjustments); }
    /** The coupon the discount uses (null: none); checkout locks it. */
    public String couponId() { return couponId; }
    /** How each of the shopper's coupons fits this basket. */
    public List<CouponChoice> coupons() { return coupons; }
    /** Promotions could not be priced (their service did not answer): the quote is at full price. */
    public boolean promotionsUnavailable() { return promotionsUnavailable; }

    /** What is left to pay. */
    public long payable() {
        return Math.max(0, Math.subtractExact(Math.addExact(Math.subtractExact(items, discount), shipping), points));
    }

    /** The items after discounts: what thresholds (free shipping, 满减) are measured against. */
    public long itemsAfterDiscount() {
        return Math.max(0, items - discount);
    }

    public void addItems(String rule, String label, long amount) {
        items = Math.addExact(items, amount);
        adjustments.add(new Adjustment(rule, Adjustment.Part.ITEMS, label, amount));
    }

    /** A discount, capped so the items never go below zero. */
    public void addDiscount(String rule, String label, long amount) {
        addDiscount(rule, label, amount, List.of());
    }

    /** A discount measured on some SKUs, capped so the items never go below zero. */
    public void addDiscount(String rule, String label, long amount, List<String> skuIds) {
        long applied = Math.min(amount, itemsAfterDiscount());
        discount = Math.addExact(discount, applied);
        adjustments.add(new Adjustment(rule, Adjustment.Part.DISCOUNT, label, applied, skuIds));
    }

    /** What the promotions step settled: the coupon used and how each coupon fits. */
    public void promotions(String usedCouponId, List<CouponChoice> fits) {
        couponId = usedCouponId;
        coupons = List.copyOf(fits);
    }

    /** The promotions step could not price the basket; it stays at full price. */
    public void promotionsUnavailable(String label) {
        promotionsUnavailable = true;
        adjustments.add(new Adjustment("promotions", Adjustment.Part.DISCOUNT, label, 0));
    }

    public void setShipping(String rule, String label, long amount) {
        shipping = amount;
        adjustments.add(new Adjustment(rule, Adjustment.Part.SHIPPING, label, amount));
    }

    public void addPoints(String rule, String label, long amount) {
        points = Math.addExact(points, amount);
        adjustments.add(new Adjustment(rule, Adjustment.Part.POINTS, label, amount));
    }
}
