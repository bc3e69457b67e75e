package shop.promo.pricing.entity;

import java.util.List;

/**
 * One part of the discount the shopper gets, as the preview explains it: a rule or a coupon,
 * its label ("满300减40"), the fen it takes off and the SKUs it was measured on.
 */
public record Component(Source source, String id, String name, String label, long amount, List<String> skuIds) {

    /** Where a discount comes from. */
    public enum Source { RULE, COUPON }

    public Component {
        skuIds = List.copyOf(skuIds);
    }
}
