package shop.promo.coupon.boundary;

import java.net.URI;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.idempotency.Idempotent;
import shop.platform.json.Jsons;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.promo.coupon.control.CouponTemplates;
import shop.promo.coupon.control.CouponWallet;
import shop.promo.coupon.entity.Coupon;
import shop.promo.coupon.entity.CouponTemplate;
import shop.promo.pricing.boundary.PromotionJson;
import shop.promo.pricing.boundary.PromotionJson.ScopeForm;
import shop.promo.pricing.entity.CouponOffer;
import shop.promo.pricing.entity.PromotionStatus;

/**
 * Coupon templates (CONTRACT.md): anyone browses the live ones, operators issue, pause, resume
 * and end them, shoppers claim coupons from them. A claim never passes the template's total or
 * the shopper's limit, however many arrive at once.
 */
@Path("coupon-templates")
@Produces(MediaType.APPLICATION_JSON)
public class CouponTemplateResource {

    @Inject
    JsonWebToken caller;

    @Inject
    CouponTemplates templates;

    @Inject
    CouponWallet wallet;

    @Inject
    ShopClock clock;

    /** A new template: amounts in fen; {@code discount} is whole percent off for PERCENT. */
    public record NewTemplate(
            @NotBlank @Size(max = 100) String name,
            @NotNull CouponOffer.Type type,
            @Min(0) @Max(100_000_000) Long threshold,
            @NotNull @Min(1) @Max(100_000_000) Long discount,
            @Min(1) @Max(100_000_000) Long maxDiscount,
            @Pattern(regexp = "[A-Z]{3}") String currency,
            @Valid ScopeForm scope,
            Boolean exclusive,
            @NotNull OffsetDateTime validFrom,
            @NotNull OffsetDateTime validTo,
            @NotNull @Min(1) @Max(10_000_000) Integer totalQuantity,
            @NotNull @Min(1) @Max(1000) Integer perUserLimit) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Coupon templates shoppers can claim now or soon (operators: ?all=true for every one)")
    public JsonArray list(@QueryParam("all") @DefaultValue("false") boolean all) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        boolean operator = caller.getRawToken() != null && caller.getGroups().contains("operator");
        (all && operator ? templates.all(500) : templates.live(200)).forEach(t -> list.add(json(t)));
        return list.build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One coupon template")
    public JsonObject get(@PathParam("id") @Size(max = 36) String id) {
        return json(templates.find(id));
    }

    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a coupon template (operator)")
    public Response issue(@NotNull @Valid NewTemplate form) {
        CouponTemplate template = templates.issue(CouponTemplate.issue(Ids.newId(), form.name().strip(), form.type(),
                form.threshold() == null ? 0 : form.threshold(), form.discount(), form.maxDiscount(),
                form.currency() == null ? "CNY" : form.currency(), PromotionJson.scope(form.scope()), Boolean.TRUE.equals(form.exclusive()),
                form.validFrom(), form.validTo(), form.totalQuantity(), form.perUserLimit(), caller.getName(), clock.now()));
        return Response.created(URI.create("coupon-templates/" + template.id())).entity(json(template)).build();
    }

    @POST
    @Path("{id}/{action: pause|resume|end}")
    @RolesAllowed("operator")
    @Operation(summary = "Pause claims, resume them, or end the template for good (operator)")
    public JsonObject become(@PathParam("id") @Size(max = 36) String id, @PathParam("action") String action) {
        return json(templates.become(id, PromotionStatus.after(action)));
    }

    @POST
    @Path("{id}/claim")
    @RolesAllowed("shopper")
    @Idempotent
    @Operation(summary = "Claim a coupon of this template into your wallet; honours Idempotency-Key (a retried claim takes no second coupon)")
    public Response claim(@PathParam("id") @Size(max = 36) String id) {
        Coupon coupon = wallet.claim(id, caller.getSubject());
        return Response.created(URI.create("me/coupons/" + coupon.id())).entity(MyCouponResource.json(coupon, clock.now())).build();
    }

    public static JsonObject json(CouponTemplate t) {
        return Jsons.createObjectBuilder()
                .add("id", t.id())
                .add("name", t.name())
                .add("type", t.type().name())
                .add("threshold", t.threshold())
                .add("discount", t.discount())
                .add("maxDiscount", t.maxDiscount() == null ? JsonValue.NULL : Jsons.createValue(t.maxDiscount()))
                .add("currency", t.currency())
                .add("label", t.offer("").label())
                .add("scope", t.scope().toJson())
                .add("exclusive", t.exclusive())
                .add("validFrom", t.validFrom().toString())
                .add("validTo", t.validTo().toString())
                .add("totalQuantity", t.totalQuantity())
                .add("claimed", t.claimed())
                .add("remaining", t.totalQuantity() - t.claimed())
                .add("perUserLimit", t.perUserLimit())
                .add("status", t.status().name())
                .build();
    }
}
