package shop.order.pricing.entity;

/**
 * What one rule did to the price, for the shopper to read: which rule, a label such as
 * "满99包邮" or "运费 1.2 kg", the part of the totals it set, and the amount in fen.
 */
public record Adjustment(String rule, Part part, String label, long amount) {

    /** The part of the totals an adjustment counts in. */
    public enum Part { ITEMS, DISCOUNT, SHIPPING, POINTS }
}
