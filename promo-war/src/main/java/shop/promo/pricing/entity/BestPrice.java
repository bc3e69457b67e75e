package shop.promo.pricing.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import shop.platform.money.Allocation;
import shop.platform.money.Money;
import shop.promo.pricing.entity.RuleOffer.Reached;

/**
 * The promotions price calculation: given the goods, the live rules and the shopper's usable
 * coupons, finds the combination that takes the most off, deterministically.
 *
 * <p>Stacking: every rule that is not exclusive may combine with the others and with one coupon
 * that is not exclusive; an exclusive rule or coupon applies alone. Each rule is measured on
 * the goods it covers before any discount and its discount is spread over those lines in
 * proportion to their amounts; a coupon is measured on the goods it covers after the rules'
 * shares. Ties go to the combination that keeps the coupon for later, then to the one with fewer
 * parts, then to the smaller ids, so the same input always gives the same answer.
 */
public final class BestPrice {

    /** At most this many combinable rules are tried in every subset (2^8 combinations). */
    static final int MAX_COMBINABLE_RULES = 8;

    private BestPrice() {
    }

    /**
     * The chosen combination: its discount and parts, the coupon it uses (null: none), how each
     * coupon fits, and why the coupon the shopper asked for cannot be used (null when it can, or
     * none was asked for).
     */
    public record Result(long discount, List<Component> components, String couponId, List<CouponFit> coupons, String couponRefusal) {
    }

    /** A rule reached on these goods, with its discount's share per line. */
    private record AppliedRule(RuleOffer rule, Component component, long[] shares) {
    }

    private record Option(List<Component> components, long total, CouponOffer coupon) {

        String ids() {
            return components.stream().map(Component::id).collect(Collectors.joining(","));
        }
    }

    private static final Comparator<Option> BEST_FIRST = Comparator.comparingLong(Option::total).reversed()
            .thenComparing(o -> o.coupon() != null)
            .thenComparingInt(o -> o.components().size())
            .thenComparing(Option::ids);

    /**
     * @param wantedCouponId the coupon the shopper chose (null: the best one, or none, is chosen)
     */
    public static Result choose(List<CartLine> lines, List<RuleOffer> rules, List<CouponOffer> coupons, String wantedCouponId) {
        List<AppliedRule> combinable = new ArrayList<>();
        List<AppliedRule> exclusive = new ArrayList<>();
        rules.stream().sorted(Comparator.comparing(RuleOffer::id))
                .forEach(rule -> apply(rule, lines).ifPresent(a -> (rule.exclusive() ? exclusive : combinable).add(a)));
        if (combinable.size() > MAX_COMBINABLE_RULES) {
            combinable.sort(Comparator.comparingLong((AppliedRule a) -> a.component().amount()).reversed()
                    .thenComparing(a -> a.rule().id()));
            combinable.subList(MAX_COMBINABLE_RULES, combinable.size()).clear();
            combinable.sort(Comparator.comparing(a -> a.rule().id()));
        }
        List<CouponOffer> sortedCoupons = coupons.stream().sorted(Comparator.comparing(CouponOffer::couponId)).toList();

        List<Option> options = new ArrayList<>();
        for (int mask = 0; mask < 1 << combinable.size(); mask++) {
            List<Component> parts = new ArrayList<>();
            long[] after = lines.stream().mapToLong(CartLine::amount).toArray();
            long total = 0;
            for (int r = 0; r < combinable.size(); r++) {
                if ((mask & 1 << r) != 0) {
                    // Rules are measured before any discount, so together they could take off more
                    // than a line costs: each share is capped at what is left of its line.
                    AppliedRule applied = combinable.get(r);
                    long taken = 0;
                    for (int i = 0; i < after.length; i++) {
                        long share = Math.min(applied.shares()[i], after[i]);
                        after[i] -= share;
                        taken += share;
                    }
                    Component c = applied.component();
                    parts.add(taken == c.amount() ? c : new Component(c.source(), c.id(), c.name(), c.label(), taken, c.skuIds()));
                    total += taken;
                }
            }
            options.add(new Option(parts, total, null));
            for (CouponOffer coupon : sortedCoupons) {
                if (!coupon.exclusive()) {
                    long rulesTotal = total;
                    couponPart(coupon, lines, after).ifPresent(c -> {
                        List<Component> with = new ArrayList<>(parts);
                        with.add(c);
                        options.add(new Option(with, rulesTotal + c.amount(), coupon));
                    });
                }
            }
        }
        for (AppliedRule applied : exclusive) {
            options.add(new Option(List.of(applied.component()), applied.component().amount(), null));
        }
        long[] original = lines.stream().mapToLong(CartLine::amount).toArray();
        for (CouponOffer coupon : sortedCoupons) {
            if (coupon.exclusive()) {
                couponPart(coupon, lines, original).ifPresent(c -> options.add(new Option(List.of(c), c.amount(), coupon)));
            }
        }

        List<CouponFit> fits = new ArrayList<>();
        for (CouponOffer coupon : sortedCoupons) {
            Optional<Option> best = options.stream().filter(o -> o.coupon() == coupon).min(BEST_FIRST);
            fits.add(best.map(o -> new CouponFit(coupon.couponId(), coupon.templateId(), coupon.name(), true, o.total(), null))
                    .orElseGet(() -> new CouponFit(coupon.couponId(), coupon.templateId(), coupon.name(), false, 0,
                            coupon.whyNot(covered(coupon.scope(), lines, original)))));
        }

        if (wantedCouponId != null) {
            Optional<CouponOffer> wanted = sortedCoupons.stream().filter(c -> c.couponId().equals(wantedCouponId)).findFirst();
            if (wanted.isEmpty()) {
                return new Result(0, List.of(), null, fits, "No such coupon in your wallet, or it is in use, used or expired.");
            }
            Optional<Option> best = options.stream().filter(o -> o.coupon() == wanted.get()).min(BEST_FIRST);
            if (best.isEmpty()) {
                String why = fits.stream().filter(f -> f.couponId().equals(wantedCouponId)).findFirst().map(CouponFit::reason).orElse("");
                return new Result(0, List.of(), null, fits, why);
            }
            return result(best.get(), fits);
        }
        return result(options.stream().min(BEST_FIRST).orElseThrow(), fits);
    }

    private static Result result(Option chosen, List<CouponFit> fits) {
        return new Result(chosen.total(), chosen.components(), chosen.coupon() == null ? null : chosen.coupon().couponId(), fits, null);
    }

    private static Optional<AppliedRule> apply(RuleOffer rule, List<CartLine> lines) {
        long amount = 0;
        int units = 0;
        List<Integer> covered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (rule.scope().covers(lines.get(i))) {
                covered.add(i);
                amount += lines.get(i).amount();
                units += lines.get(i).quantity();
            }
        }
        Optional<Reached> reached = rule.reached(amount, units);
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        // Spread over the covered lines only, so no fen of the rule lands on a line it does not cover.
        List<Money> shares = Allocation.allocate(Money.cny(reached.get().amount()),
                covered.stream().map(i -> Money.cny(lines.get(i).amount())).toList());
        long[] perLine = new long[lines.size()];
        for (int k = 0; k < covered.size(); k++) {
            perLine[covered.get(k)] = shares.get(k).amount();
        }
        List<String> skus = covered.stream().map(i -> lines.get(i).skuId()).toList();
        return Optional.of(new AppliedRule(rule,
                new Component(Component.Source.RULE, rule.id(), rule.name(), reached.get().label(), reached.get().amount(), skus),
                perLine));
    }

    private static Optional<Component> couponPart(CouponOffer coupon, List<CartLine> lines, long[] after) {
        long base = covered(coupon.scope(), lines, after);
        long off = coupon.discountOn(base);
        if (off <= 0) {
            return Optional.empty();
        }
        List<String> skus = lines.stream().filter(coupon.scope()::covers).map(CartLine::skuId).toList();
        return Optional.of(new Component(Component.Source.COUPON, coupon.couponId(), coupon.name(), coupon.label(), off, skus));
    }

    private static long covered(Scope scope, List<CartLine> lines, long[] amounts) {
        long base = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (scope.covers(lines.get(i))) {
                base += amounts[i];
            }
        }
        return base;
    }
}
