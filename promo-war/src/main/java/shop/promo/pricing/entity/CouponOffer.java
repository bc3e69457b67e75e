package shop.promo.pricing.entity;

import shop.platform.money.Money;

/**
 * One of the shopper's coupons as the calculation applies it. {@code FIXED} takes fen off,
 * {@code THRESHOLD} takes fen off once the covered goods reach the threshold, {@code PERCENT}
 * takes a whole percent off (rounded half up to the fen), capped by {@code maxDiscount}. The
 * threshold is measured on the covered goods after the rules' discounts; a coupon never takes
 * off more than those goods cost.
 */
public record CouponOffer(String couponId, String templateId, String name, Type type, long threshold, long discount,
        Long maxDiscount, Scope scope, boolean exclusive) {

    /** How a coupon takes its discount. */
    public enum Type { FIXED, PERCENT, THRESHOLD }

    /** The fen this coupon takes off covered goods of {@code base} fen; 0 when it cannot be used on them. */
    public long discountOn(long base) {
        if (base <= 0 || base < threshold) {
            return 0;
        }
        long off = switch (type) {
            case FIXED, THRESHOLD -> discount;
            case PERCENT -> Money.cny(base).percentOff((int) discount).amount();
        };
        if (maxDiscount != null) {
            off = Math.min(off, maxDiscount);
        }
        return Math.min(off, base);
    }

    /** Why the coupon cannot be used on covered goods of {@code base} fen (only meaningful when {@link #discountOn} is 0). */
    public String whyNot(long base) {
        if (base <= 0) {
            return "No goods in this order are covered by the coupon.";
        }
        return "The covered goods come to " + Money.yuanLabel(base) + " yuan; the coupon needs " + Money.yuanLabel(threshold) + ".";
    }

    public String label() {
        String off = switch (type) {
            case FIXED, THRESHOLD -> (threshold > 0 ? "满" + Money.yuanLabel(threshold) : "") + "减" + Money.yuanLabel(discount);
            case PERCENT -> (threshold > 0 ? "满" + Money.yuanLabel(threshold) + "享" : "") + Labels.zhe(discount)
                    + (maxDiscount == null ? "" : "，最高减" + Money.yuanLabel(maxDiscount));
        };
        return name + "（" + off + "）";
    }
}
