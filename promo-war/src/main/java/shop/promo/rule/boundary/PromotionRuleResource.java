package shop.promo.rule.boundary;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.json.Jsons;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.promo.pricing.boundary.PromotionJson;
import shop.promo.pricing.boundary.PromotionJson.ScopeForm;
import shop.promo.pricing.entity.PromotionStatus;
import shop.promo.pricing.entity.RuleOffer;
import shop.promo.rule.control.PromotionRules;
import shop.promo.rule.entity.PromotionRule;

/**
 * Promotion rules (满减, 满N件折): anyone reads the live ones; operators start, pause, resume and
 * end them. Checkout applies them through the price calculation, never through this resource.
 */
@Path("rules")
@Produces(MediaType.APPLICATION_JSON)
public class PromotionRuleResource {

    @Inject
    JsonWebToken caller;

    @Inject
    PromotionRules rules;

    @Inject
    ShopClock clock;

    /** A new rule: AMOUNT_OFF tiers in fen, QUANTITY_PERCENT_OFF tiers in units and whole percent off. */
    public record NewRule(
            @NotBlank @Size(max = 100) String name,
            @NotNull RuleOffer.Kind kind,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid TierForm> tiers,
            @Pattern(regexp = "[A-Z]{3}") String currency,
            @Valid ScopeForm scope,
            Boolean exclusive,
            @NotNull OffsetDateTime validFrom,
            @NotNull OffsetDateTime validTo) {
    }

    /** One tier: a threshold and what reaching it takes off. */
    public record TierForm(@NotNull @Min(1) @Max(100_000_000) Long threshold, @NotNull @Min(1) @Max(100_000_000) Long discount) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Promotion rules running now or soon")
    public JsonArray live() {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        rules.live(200).forEach(r -> list.add(json(r)));
        return list.build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One promotion rule")
    public JsonObject get(@PathParam("id") @Size(max = 36) String id) {
        return json(rules.find(id));
    }

    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a promotion rule (operator)")
    public Response start(@NotNull @Valid NewRule form) {
        PromotionRule rule = rules.start(PromotionRule.start(Ids.newId(), form.name().strip(), form.kind(),
                form.tiers().stream().map(t -> new RuleOffer.Tier(t.threshold(), t.discount())).toList(),
                form.currency() == null ? "CNY" : form.currency(), PromotionJson.scope(form.scope()), Boolean.TRUE.equals(form.exclusive()),
                form.validFrom(), form.validTo(), caller.getName(), clock.now()));
        return Response.created(URI.create("rules/" + rule.id())).entity(json(rule)).build();
    }

    @POST
    @Path("{id}/{action: pause|resume|end}")
    @RolesAllowed("operator")
    @Operation(summary = "Pause, resume or end a rule (operator)")
    public JsonObject become(@PathParam("id") @Size(max = 36) String id, @PathParam("action") String action) {
        return json(rules.become(id, PromotionStatus.after(action)));
    }

    static JsonObject json(PromotionRule r) {
        RuleOffer offer = r.offer();
        JsonArrayBuilder tiers = Jsons.createArrayBuilder();
        offer.tiers().forEach(t -> tiers.add(Jsons.createObjectBuilder()
                .add("threshold", t.threshold()).add("discount", t.discount()).add("label", offer.label(t))));
        return Jsons.createObjectBuilder()
                .add("id", r.id())
                .add("name", r.name())
                .add("kind", r.kind().name())
                .add("tiers", tiers)
                .add("currency", r.currency())
                .add("scope", r.scope().toJson())
                .add("exclusive", r.exclusive())
                .add("validFrom", r.validFrom().toString())
                .add("validTo", r.validTo().toString())
                .add("status", r.status().name())
                .build();
    }
}
