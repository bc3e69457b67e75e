package shop.order.pricing.control;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.order.pricing.entity.Quote;
import shop.platform.money.Money;

/**
 * Points the shopper pays with, last (after shipping): 100 points = 1 yuan (CONTRACT.md), so a
 * point is a fen. At most {@code shop.order.points.max-share} percent of what is left to pay may
 * be paid with points, so an order always has a payment to take (a gift exchanged for points is
 * the exception: its points pay for all of it); asking for more uses as many as may be used.
 * Whether the shopper has them is checked when they are held in the saga.
 */
@ApplicationScoped
public class PointsRule implements PricingRule {

    @Inject
    @ConfigProperty(name = "shop.order.points.max-share", defaultValue = "50")
    int maxSharePercent;

    public PointsRule() {
    }

    PointsRule(int maxSharePercent) {
        this.maxSharePercent = maxSharePercent;
    }

    @Override
    public int position() {
        return POINTS;
    }

    @Override
    public void apply(Quote quote) {
        long wanted = quote.basket().points();
        if (wanted <= 0) {
            return;
        }
        // A gift's points pay for all of it; otherwise a share is left to pay.
        long used = Math.min(wanted, quote.basket().giftOfferId() != null ? quote.payable() : usable(quote.payable(), maxSharePercent));
        if (used > 0) {
            quote.addPoints("points", "用" + used + "积分抵" + Money.yuanLabel(used) + "元", used);
        }
    }

    /** The most points that may pay part of {@code payableFen}: the share, rounded down to the fen. */
    static long usable(long payableFen, int maxSharePercent) {
        return Math.multiplyExact(payableFen, (long) maxSharePercent) / 100;
    }
}
