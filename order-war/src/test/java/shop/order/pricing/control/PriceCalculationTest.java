package shop.order.pricing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import shop.order.pricing.entity.Adjustment;
import shop.order.pricing.entity.Basket;
import shop.order.pricing.entity.BasketLine;
import shop.order.pricing.entity.Quote;

class PriceCalculationTest {

    static ShippingRule shipping() {
        ShippingRule rule = new ShippingRule();
        rule.mode = shop.order.pricing.entity.ShippingTemplate.Mode.WEIGHT;
        rule.firstUnits = 1000;
        rule.extraUnits = 1000;
        rule.firstFee = 800;
        rule.extraFee = 200;
        rule.freeAbove = 9900;
        rule.defaultWeightGrams = 500;
        rule.remoteRegions = "西藏自治区, 新疆维吾尔自治区";
        rule.remoteFirstFee = 2000;
        rule.remoteExtraFee = 1000;
        rule.create();
        return rule;
    }

    /** A promotion as the promotions issue will plug in: 10 yuan off. */
    static PricingRule tenOff() {
        return new PricingRule() {
            @Override
            public int position() {
                return PROMOTIONS;
            }

            @Override
            public void apply(Quote quote) {
                quote.addDiscount("test", "立减10元", 1000);
            }
        };
    }

    static BasketLine line(long price, int quantity) {
        return new BasketLine("s" + price, "p", "商品", "{}", null, price, "CNY", 300, quantity);
    }

    @Test
    void items_plus_shipping_make_the_payable_with_every_step_explained() {
        Quote quote = PriceCalculation.of(List.of(shipping(), new ItemsRule())).quote(new Basket(List.of(line(2000, 2), line(500, 1)), "浙江省"));
        assertEquals(4500, quote.items());
        assertEquals(800, quote.shipping());
        assertEquals(5300, quote.payable());
        assertEquals(List.of(Adjustment.Part.ITEMS, Adjustment.Part.ITEMS, Adjustment.Part.SHIPPING),
                quote.adjustments().stream().map(Adjustment::part).toList(), "rules run by position, not by list order");
    }

    @Test
    void free_shipping_is_measured_after_discounts() {
        PriceCalculation calculation = PriceCalculation.of(List.of(new ItemsRule(), tenOff(), shipping()));
        Quote quote = calculation.quote(new Basket(List.of(line(10_500, 1)), "浙江省"));
        assertEquals(1000, quote.discount());
        assertEquals(800, quote.shipping(), "95 yuan after the discount: below 99");
        assertEquals(10_500 - 1000 + 800, quote.payable());
    }

    @Test
    void a_discount_never_takes_the_items_below_zero() {
        Quote quote = PriceCalculation.of(List.of(new ItemsRule(), tenOff())).quote(new Basket(List.of(line(300, 1)), null));
        assertEquals(300, quote.discount());
        assertEquals(0, quote.payable());
    }

    @Test
    void remote_regions_pay_their_own_fee() {
        Quote quote = PriceCalculation.of(List.of(new ItemsRule(), shipping())).quote(new Basket(List.of(line(20_000, 1)), "新疆维吾尔自治区"));
        assertEquals(2000, quote.shipping());
    }
}
