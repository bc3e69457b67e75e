package shop.promo.pricing.entity;

import java.util.List;
import java.util.Optional;

import shop.platform.money.Money;

/**
 * A promotion rule as the calculation applies it. {@link Kind#AMOUNT_OFF} (满300减40) takes fen off
 * when the covered goods reach a tier's amount; {@link Kind#QUANTITY_PERCENT_OFF} (满2件9折) takes
 * a whole percent off the covered goods when they reach a tier's units. The highest tier reached
 * counts; thresholds are measured on the covered goods before any discount.
 */
public record RuleOffer(String id, String name, Kind kind, List<Tier> tiers, Scope scope, boolean exclusive) {

    /** How a rule's tiers read. */
    public enum Kind { AMOUNT_OFF, QUANTITY_PERCENT_OFF }

    /** A threshold (fen or units) and what reaching it takes off (fen or whole percent). */
    public record Tier(long threshold, long discount) {
    }

    /** The tier reached and the fen it takes off. */
    public record Reached(Tier tier, long amount, String label) {
    }

    public RuleOffer {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a rule has at least one tier");
        }
        long previous = 0;
        for (Tier tier : tiers) {
            if (tier.threshold() <= previous) {
                throw new IllegalArgumentException("tier thresholds must be positive and increasing");
            }
            previous = tier.threshold();
            boolean fits = kind == Kind.AMOUNT_OFF ? tier.discount() > 0 && tier.discount() < tier.threshold()
                    : tier.discount() > 0 && tier.discount() < 100;
            if (!fits) {
                throw new IllegalArgumentException(kind == Kind.AMOUNT_OFF
                        ? "each tier takes off more than 0 and less than its threshold"
                        : "each tier takes off 1 to 99 percent");
            }
        }
    }

    /** What the rule takes off goods of {@code amount} fen in {@code units} units; empty when no tier is reached. */
    public Optional<Reached> reached(long amount, int units) {
        long measure = kind == Kind.AMOUNT_OFF ? amount : units;
        Tier best = null;
        for (Tier tier : tiers) {
            if (measure >= tier.threshold()) {
                best = tier;
            }
        }
        if (best == null || amount <= 0) {
            return Optional.empty();
        }
        long off = kind == Kind.AMOUNT_OFF ? Math.min(best.discount(), amount)
                : Money.cny(amount).percentOff((int) best.discount()).amount();
        return off <= 0 ? Optional.empty() : Optional.of(new Reached(best, off, label(best)));
    }

    public String label(Tier tier) {
        return kind == Kind.AMOUNT_OFF ? "满" + Money.yuanLabel(tier.threshold()) + "减" + Money.yuanLabel(tier.discount())
                : "满" + tier.threshold() + "件" + Labels.zhe(tier.discount());
    }
}
