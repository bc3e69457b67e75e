package shop.order.pricing.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import shop.order.pricing.entity.Adjustment;
import shop.order.pricing.entity.BasketLine;
import shop.order.pricing.entity.Quote;
import shop.platform.web.Texts;

/** The JSON of a quote: totals (CONTRACT.md), priced lines, and the adjustments that explain them. */
public final class QuoteJson {

    private QuoteJson() {
    }

    /** {@code {items, discount, shipping, points, payable}} in fen. */
    public static JsonObject totals(Quote quote) {
        return Json.createObjectBuilder()
                .add("items", quote.items())
                .add("discount", quote.discount())
                .add("shipping", quote.shipping())
                .add("points", quote.points())
                .add("payable", quote.payable())
                .build();
    }

    public static JsonArray lines(Quote quote) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (BasketLine line : quote.basket().lines()) {
            lines.add(Json.createObjectBuilder()
                    .add("skuId", line.skuId())
                    .add("productId", line.productId())
                    .add("name", line.productName())
                    .add("specs", Texts.parseJson(line.specsJson()))
                    .add("image", line.image() == null ? JsonValue.NULL : Json.createValue(line.image()))
                    .add("price", line.unitPrice())
                    .add("quantity", line.quantity())
                    .add("amount", line.amount()));
        }
        return lines.build();
    }

    public static JsonArray adjustments(Quote quote) {
        JsonArrayBuilder adjustments = Json.createArrayBuilder();
        for (Adjustment adjustment : quote.adjustments()) {
            adjustments.add(Json.createObjectBuilder()
                    .add("rule", adjustment.rule())
                    .add("part", adjustment.part().name())
                    .add("label", adjustment.label())
                    .add("amount", adjustment.amount()));
        }
        return adjustments.build();
    }

    /** The whole preview: lines, totals, currency and adjustments. */
    public static JsonObject preview(Quote quote) {
        return Json.createObjectBuilder()
                .add("lines", lines(quote))
                .add("totals", totals(quote))
                .add("currency", quote.currency())
                .add("adjustments", adjustments(quote))
                .build();
    }

}
