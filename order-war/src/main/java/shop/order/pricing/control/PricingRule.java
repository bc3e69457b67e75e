package shop.order.pricing.control;

import shop.order.pricing.entity.Quote;

/**
 * One step of the price calculation, as a CDI bean: the calculation runs every rule in the
 * order of {@link #position()} over the same quote. Items come first (100), promotions next
 * (200: coupons, 满减, flash-sale prices), shipping after the discounts it depends on (300),
 * points last (400). A new rule is a new bean; nothing else changes.
 */
public interface PricingRule {

    int ITEMS = 100;
    int PROMOTIONS = 200;
    int SHIPPING = 300;
    int POINTS = 400;

    /** Where the rule runs in the pipeline. */
    int position();

    void apply(Quote quote);
}
