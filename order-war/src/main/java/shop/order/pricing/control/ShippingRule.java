package shop.order.pricing.control;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.order.pricing.entity.Quote;
import shop.order.pricing.entity.ShippingTemplate;

/**
 * Shipping from the shop's template ({@code shop.order.shipping.*}): by weight or piece, by
 * region, free above a threshold measured after discounts, so it runs after the promotions.
 */
@ApplicationScoped
public class ShippingRule implements PricingRule {

    @Inject
    @ConfigProperty(name = "shop.order.shipping.mode", defaultValue = "WEIGHT")
    ShippingTemplate.Mode mode;

    @Inject
    @ConfigProperty(name = "shop.order.shipping.first-units", defaultValue = "1000")
    int firstUnits;

    @Inject
    @ConfigProperty(name = "shop.order.shipping.extra-units", defaultValue = "1000")
    int extraUnits;

    @Inject
    @ConfigProperty(name = "shop.order.shipping.first-fee", defaultValue = "800")
    long firstFee;

    @Inject
    @ConfigProperty(name = "shop.order.shipping.extra-fee", defaultValue = "200")
    long extraFee;

    @Inject
    @ConfigProperty(name = "shop.order.shipping.free-above", defaultValue = "9900")
    long freeAbove;

    @Inject
    @ConfigProperty(name = "shop.order.shipping.default-weight-grams", defaultValue = "500")
    int defaultWeightGrams;

    @Inject
    @ConfigProperty(name = "shop.order.shipping.remote-regions", defaultValue = "新疆维吾尔自治区,西藏自治区,青海省,内蒙古自治区,宁夏回族自治区,甘肃省")
    String remoteRegions;

    @Inject
    @ConfigProperty(name = "shop.order.shipping.remote-first-fee", defaultValue = "2000")
    long remoteFirstFee;

    @Inject
    @ConfigProperty(name = "shop.order.shipping.remote-extra-fee", defaultValue = "1000")
    long remoteExtraFee;

    private ShippingTemplate template;

    @PostConstruct
    void create() {
        Set<String> remote = Arrays.stream(remoteRegions.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
        template = new ShippingTemplate(mode, firstUnits, extraUnits, firstFee, extraFee, freeAbove, defaultWeightGrams, remote,
                remoteFirstFee, remoteExtraFee);
    }

    @Override
    public int position() {
        return SHIPPING;
    }

    @Override
    public void apply(Quote quote) {
        if (quote.basket().giftOfferId() != null) {
            quote.setShipping("shipping", "积分兑换包邮", 0); // a gift is shipped free: it has no payment to carry the fee
            return;
        }
        ShippingTemplate.Fee fee = template.fee(quote.basket().lines(), quote.basket().province(), quote.itemsAfterDiscount());
        quote.setShipping("shipping", fee.label(), fee.amount());
    }
}
