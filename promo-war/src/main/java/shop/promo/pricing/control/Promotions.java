package shop.promo.pricing.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.promo.coupon.control.CouponWallet;
import shop.promo.pricing.entity.BestPrice;
import shop.promo.pricing.entity.CartLine;
import shop.promo.pricing.entity.CouponOffer;
import shop.promo.pricing.entity.RuleOffer;
import shop.promo.rule.control.PromotionRules;

/**
 * Prices goods for order-war's preview and checkout: the rules that apply now and the shopper's
 * usable coupons in the goods' currency, through {@link BestPrice}. A coupon the shopper asked
 * for that cannot be used is 422 {@code COUPON_INVALID} with the reason; one that does not exist
 * or is another's is 422 {@code INVALID_REFERENCE}.
 */
@ApplicationScoped
public class Promotions {

    @Inject
    PromotionRules rules;

    @Inject
    CouponWallet wallet;

    public BestPrice.Result calculate(String userId, String couponId, String currency, List<CartLine> lines) {
        List<RuleOffer> live = rules.applyingNow(currency).stream().map(r -> r.offer()).toList();
        List<CouponOffer> coupons = userId == null ? List.of()
                : wallet.usable(userId).stream().filter(c -> c.template().currency().equals(currency))
                        .map(c -> c.template().offer(c.id())).toList();
        BestPrice.Result result = BestPrice.choose(lines, live, coupons, couponId);
        if (result.couponRefusal() != null) {
            if (userId == null || !wallet.holds(userId, couponId)) {
                // CONTRACT.md: a coupon that does not exist or is not the caller's is a bad reference, not an inapplicable coupon.
                throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such coupon among yours.");
            }
            throw new ProblemException(ErrorCode.COUPON_INVALID, result.couponRefusal());
        }
        return result;
    }
}
