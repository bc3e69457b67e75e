package shop.order.pricing.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import shop.order.pricing.entity.Adjustment;
import shop.order.pricing.entity.BasketLine;
import shop.order.pricing.entity.CouponChoice;
import shop.order.pricing.entity.Quote;
import shop.platform.json.Jsons;
import shop.platform.web.Texts;

/** The JSON of a quote: totals (CONTRACT.md), priced lines, and the adjustments that explain them. */
public final class QuoteJson {

    private QuoteJson() {
    }

    /** {@code {items, discount, shipping, points, payable}} in fen. */
    public static JsonObject totals(Quote quote) {
        return Jsons.createObjectBuilder()
                .add("items", quote.items())
                .add("discount", quote.discount())
                .add("shipping", quote.shipping())
                .add("points", quote.points())
                .add("payable", quote.payable())
                .build();
    }

    public static JsonArray lines(Quote quote) {
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        for (BasketLine line : quote.basket().lines()) {
            lines.add(Jsons.createObjectBuilder()
                    .add("skuId", line.skuId())
                    .add("productId", line.productId())
                    .add("name", line.productName())
                    .add("specs", Texts.parseJson(line.specsJson()))
                    .add("image", line.image() == null ? JsonValue.NULL : Jsons.createValue(line.image()))
                    .add("price", line.unitPrice())
                    .add("quantity", line.quantity())
                    .add("amount", line.amount()));
        }
        return lines.build();
    }

    public static JsonArray adjustments(Quote quote) {
        JsonArrayBuilder adjustments = Jsons.createArrayBuilder();
        for (Adjustment adjustment : quote.adjustments()) {
            JsonArrayBuilder skus = Jsons.createArrayBuilder();
            adjustment.skuIds().forEach(skus::add);
            adjustments.add(Jsons.createObjectBuilder()
                    .add("rule", adjustment.rule())
                    .add("part", adjustment.part().name())
                    .add("label", adjustment.label())
                    .add("amount", adjustment.amount())
                    .add("skuIds", skus));
        }
        return adjustments.build();
    }

    /** The coupon the quote uses, or JSON null. */
    public static JsonValue couponId(Quote quote) {
        return quote.couponId() == null ? JsonValue.NULL : Jsons.createValue(quote.couponId());
    }

    /** The shopper's coupons against this basket: which apply, what each would take off, why not. */
    public static JsonArray coupons(Quote quote) {
        JsonArrayBuilder coupons = Jsons.createArrayBuilder();
        for (CouponChoice c : quote.coupons()) {
            coupons.add(Jsons.createObjectBuilder()
                    .add("couponId", c.couponId())
                    .add("templateId", c.templateId())
                    .add("name", c.name())
                    .add("applicable", c.applicable())
                    .add("discount", c.discount())
                    .add("reason", c.reason() == null ? JsonValue.NULL : Jsons.createValue(c.reason())));
        }
        return coupons.build();
    }

    /** The whole preview: lines, totals, currency, adjustments, the coupon used and how each coupon fits. */
    public static JsonObject preview(Quote quote) {
        return Jsons.createObjectBuilder()
                .add("lines", lines(quote))
                .add("totals", totals(quote))
                .add("currency", quote.currency())
                .add("adjustments", adjustments(quote))
                .add("couponId", couponId(quote))
                .add("coupons", coupons(quote))
                .add("promotionsUnavailable", quote.promotionsUnavailable())
                .build();
    }

}
