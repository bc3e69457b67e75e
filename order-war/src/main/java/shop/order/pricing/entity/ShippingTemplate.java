package shop.order.pricing.entity;

import java.util.List;
import java.util.Set;

import shop.platform.money.Money;

/**
 * How shipping is charged: by weight (the first {@code firstUnits} grams, then each started
 * {@code extraUnits} grams) or by piece (the first piece, then each further one); free when the
 * items after discounts reach {@code freeAbove} (0: never); regions far away (新疆, 西藏…) pay
 * their own fees and never ship free.
 */
public record ShippingTemplate(Mode mode, int firstUnits, int extraUnits, long firstFee, long extraFee, long freeAbove,
        int defaultWeightGrams, Set<String> remoteRegions, long remoteFirstFee, long remoteExtraFee) {

    public enum Mode { WEIGHT, PIECE }

    /** A fee and how it was reached, for the quote's explanation. */
    public record Fee(long amount, String label) {
    }

    public ShippingTemplate {
        if (firstUnits < 1 || extraUnits < 1) {
            throw new IllegalArgumentException("shipping units must be positive");
        }
        remoteRegions = Set.copyOf(remoteRegions);
    }

    /** The fee for these lines to {@code province} (null: not chosen yet, charged as a near region). */
    public Fee fee(List<BasketLine> lines, String province, long itemsAfterDiscount) {
        if (lines.isEmpty()) {
            return new Fee(0, "无需运费");
        }
        boolean remote = province != null && remoteRegions.contains(province);
        if (!remote && freeAbove > 0 && itemsAfterDiscount >= freeAbove) {
            return new Fee(0, "满" + Money.yuanLabel(freeAbove) + "元包邮");
        }
        long units = 0;
        for (BasketLine line : lines) {
            long each = mode == Mode.WEIGHT ? (line.weightGrams() > 0 ? line.weightGrams() : defaultWeightGrams) : 1;
            units = Math.addExact(units, Math.multiplyExact(each, line.quantity()));
        }
        long extraSteps = units <= firstUnits ? 0 : (units - firstUnits + extraUnits - 1) / extraUnits;
        long fee = Math.addExact(remote ? remoteFirstFee : firstFee, Math.multiplyExact(extraSteps, remote ? remoteExtraFee : extraFee));
        String measure = mode == Mode.WEIGHT ? String.format("%.1f kg", units / 1000.0) : units + " 件";
        return new Fee(fee, (remote ? "偏远地区运费 " : "运费 ") + measure);
    }
}
