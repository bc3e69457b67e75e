package shop.order.pricing.entity;

import java.util.List;

/**
 * What is being priced: lines in one currency, the province it ships to (null when not chosen
 * yet), the shopper (whose coupons may apply; null for none), the coupon they chose (null: the
 * best of theirs, or none) and the flash sale it is bought in (null: none; its price is the
 * lines' price, and no other promotion applies), the points the shopper wants to pay with
 * (0: none; 100 points = 1 yuan, so one point is one fen) and the points offer whose gift it is
 * (null: none; its lines are priced at the offer's points, paid with points alone, shipped free).
 */
public record Basket(List<BasketLine> lines, String province, String shopperId, String couponId, String flashSaleId, long points,
        String giftOfferId) {

    public Basket {
        lines = List.copyOf(lines);
        if (points < 0) {
            throw new IllegalArgumentException("points cannot be negative");
        }
    }

    public Basket(List<BasketLine> lines, String province, String shopperId, String couponId, String flashSaleId, long points) {
        this(lines, province, shopperId, couponId, flashSaleId, points, null);
    }

    /** Goods priced for nobody in particular: rules apply, no coupon does. */
    public Basket(List<BasketLine> lines, String province) {
        this(lines, province, null, null, null, 0);
    }

    /** The same goods priced for {@code shopper}, with the coupon they chose (null: the best of theirs, or none). */
    public Basket forShopper(String shopper, String coupon) {
        return new Basket(lines, province, shopper, coupon, flashSaleId, points, giftOfferId);
    }

    /** The same goods bought in a flash sale (their lines already at its price). */
    public Basket inFlashSale(String sale) {
        return new Basket(lines, province, shopperId, null, sale, points, giftOfferId);
    }

    /**
     * The same goods as a points offer's gift (their lines already at the offer's points as fen):
     * no coupon or promotion applies, shipping is free and points pay for all of it.
     */
    public Basket asGift(String offer) {
        long price = lines.stream().mapToLong(BasketLine::amount).sum();
        return new Basket(lines, province, shopperId, null, null, price, offer);
    }

    /** The same goods, the shopper paying with up to {@code wanted} points. */
    public Basket withPoints(long wanted) {
        return new Basket(lines, province, shopperId, couponId, flashSaleId, wanted, giftOfferId);
    }

    public String currency() {
        return lines.isEmpty() ? "CNY" : lines.get(0).currency();
    }
}
