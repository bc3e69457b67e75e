package shop.promo.pricing.boundary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.platform.json.Jsons;
import shop.platform.security.ServiceTokens;
import shop.promo.pricing.control.Promotions;
import shop.promo.pricing.entity.BestPrice;
import shop.promo.pricing.entity.CartLine;
import shop.promo.pricing.entity.Component;
import shop.promo.pricing.entity.CouponFit;

/**
 * The promotions price calculation for order-war (internal surface only): the discount the best
 * combination of rules and one coupon gives these goods, each part explained, and how each of
 * the shopper's coupons fits. Deterministic: the same goods, rules and coupons give the same answer.
 */
@Path("internal/price-calculations")
@RolesAllowed(ServiceTokens.GROUP)
public class PriceCalculationResource {

    @Inject
    Promotions promotions;

    /** What order-war prices: the shopper (null for none), the coupon they chose, and the lines. */
    public record Calculation(
            @Size(max = 64) String userId,
            @Size(max = 36) String couponId,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines) {
    }

    /** One line: the SKU, its product and category path, the amount in fen and units. */
    public record Line(
            @NotBlank @Size(max = 36) String skuId,
            @NotBlank @Size(max = 36) String productId,
            @Size(max = 10) List<@NotBlank @Size(max = 36) String> categoryPath,
            @NotNull @Min(0) Long amount,
            @NotNull @Min(1) @Max(999) Integer quantity) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject calculate(@NotNull @Valid Calculation request) {
        List<CartLine> lines = request.lines().stream()
                .map(l -> new CartLine(l.skuId(), l.productId(), l.categoryPath(), l.amount(), l.quantity())).toList();
        BestPrice.Result result = promotions.calculate(request.userId(), request.couponId(), request.currency(), lines);
        JsonArrayBuilder components = Jsons.createArrayBuilder();
        for (Component c : result.components()) {
            components.add(Jsons.createObjectBuilder()
                    .add("source", c.source().name())
                    .add("id", c.id())
                    .add("name", c.name())
                    .add("label", c.label())
                    .add("amount", c.amount())
                    .add("skuIds", PromotionJson.strings(c.skuIds())));
        }
        JsonArrayBuilder coupons = Jsons.createArrayBuilder();
        for (CouponFit fit : result.coupons()) {
            coupons.add(Jsons.createObjectBuilder()
                    .add("couponId", fit.couponId())
                    .add("templateId", fit.templateId())
                    .add("name", fit.name())
                    .add("applicable", fit.applicable())
                    .add("discount", fit.discount())
                    .add("reason", fit.reason() == null ? JsonValue.NULL : Jsons.createValue(fit.reason())));
        }
        return Jsons.createObjectBuilder()
                .add("discount", result.discount())
                .add("couponId", result.couponId() == null ? JsonValue.NULL : Jsons.createValue(result.couponId()))
                .add("components", components)
                .add("coupons", coupons)
                .build();
    }
}
