package shop.order.pricing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import shop.order.pricing.entity.BasketLine;
import shop.order.pricing.entity.CouponChoice;
import shop.order.pricing.entity.Quote;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * Promotions (position 200): promo-war picks the best combination of rules (满减, 满N件折) and
 * one of the shopper's coupons for the basket, and each part becomes a discount line of the
 * quote. When promo-war cannot answer, the quote stays at full price and says so
 * ({@link Quote#promotionsUnavailable()}): a preview still shows the goods, a checkout refuses
 * rather than charge a price the shopper did not see. A coupon the shopper chose that cannot be
 * used is 422 {@code COUPON_INVALID}, never ignored.
 */
@ApplicationScoped
public class PromotionsRule implements PricingRule {

    private static final Logger LOG = Logger.getLogger(PromotionsRule.class.getName());

    @Inject
    @RestClient
    PromotionClient promo;

    @Override
    public int position() {
        return PROMOTIONS;
    }

    @Override
    public void apply(Quote quote) {
        if (quote.basket().lines().isEmpty() || quote.basket().flashSaleId() != null || quote.basket().giftOfferId() != null) {
            return; // a flash sale's price is its promotion, a gift is paid in points: nothing else applies to either
        }
        JsonObject answer;
        try {
            answer = promo.calculate(request(quote));
        } catch (ProblemException e) {
            if (e.problem().status() < 500) {
                throw e;
            }
            unavailable(quote, e);
            return;
        } catch (RuntimeException e) {
            unavailable(quote, e);
            return;
        }
        for (JsonValue value : answer.getJsonArray("components")) {
            JsonObject part = value.asJsonObject();
            List<String> skus = part.getJsonArray("skuIds").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            String rule = "COUPON".equals(part.getString("source")) ? "coupon" : "promotion";
            quote.addDiscount(rule, part.getString("label"), part.getJsonNumber("amount").longValueExact(), skus);
        }
        List<CouponChoice> fits = new ArrayList<>();
        for (JsonValue value : answer.getJsonArray("coupons")) {
            JsonObject fit = value.asJsonObject();
            fits.add(new CouponChoice(fit.getString("couponId"), fit.getString("templateId"), fit.getString("name"),
                    fit.getBoolean("applicable"), fit.getJsonNumber("discount").longValueExact(),
                    fit.isNull("reason") ? null : fit.getString("reason")));
        }
        quote.promotions(answer.isNull("couponId") ? null : answer.getString("couponId"), fits);
    }

    private static void unavailable(Quote quote, RuntimeException cause) {
        LOG.warning(() -> "promotions not priced (promo-war did not answer): " + cause);
        if (quote.basket().couponId() != null) {
            throw new ProblemException(ErrorCode.SERVICE_UNAVAILABLE, "Coupons cannot be checked right now; try again in a moment.");
        }
        quote.promotionsUnavailable("促销暂时无法计算，按原价显示");
    }

    private static JsonObject request(Quote quote) {
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        for (BasketLine line : quote.basket().lines()) {
            JsonArrayBuilder path = Jsons.createArrayBuilder();
            line.categoryPath().forEach(path::add);
            lines.add(Jsons.createObjectBuilder()
                    .add("skuId", line.skuId())
                    .add("productId", line.productId())
                    .add("categoryPath", path)
                    .add("amount", line.amount())
                    .add("quantity", line.quantity()));
        }
        JsonObjectBuilder request = Jsons.createObjectBuilder().add("currency", quote.currency()).add("lines", lines);
        if (quote.basket().shopperId() != null) {
            request.add("userId", quote.basket().shopperId());
        }
        if (quote.basket().couponId() != null) {
            request.add("couponId", quote.basket().couponId());
        }
        return request.build();
    }
}
