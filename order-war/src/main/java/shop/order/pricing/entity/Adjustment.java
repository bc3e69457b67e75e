package shop.order.pricing.entity;

import java.util.List;

/**
 * What one rule did to the price, for the shopper to read: which rule, a label such as
 * "满99包邮" or "运费 1.2 kg", the part of the totals it set, the amount in fen, and the SKUs it
 * was measured on (empty: the whole basket).
 */
public record Adjustment(String rule, Part part, String label, long amount, List<String> skuIds) {

    /** The part of the totals an adjustment counts in. */
    public enum Part { ITEMS, DISCOUNT, SHIPPING, POINTS }

    public Adjustment {
        skuIds = List.copyOf(skuIds == null ? List.of() : skuIds);
    }

    public Adjustment(String rule, Part part, String label, long amount) {
        this(rule, part, label, amount, List.of());
    }
}
