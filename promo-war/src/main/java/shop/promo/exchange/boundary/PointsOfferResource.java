package shop.promo.exchange.boundary;

import java.net.URI;

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
import jakarta.validation.constraints.NotNull;
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
import shop.promo.coupon.boundary.CouponTemplateResource;
import shop.promo.coupon.control.CouponWallet;
import shop.promo.exchange.control.PointsExchangeBook;
import shop.promo.exchange.control.PointsExchanges;
import shop.promo.exchange.entity.PointsExchange;
import shop.promo.exchange.entity.PointsOffer;
import shop.promo.pricing.entity.PromotionStatus;

/**
 * Points offers (积分兑换): operators offer a coupon template's coupons for points; shoppers
 * exchange their points for one, {@code /promo/points-offers}. The template's limits bound the
 * exchanges; its coupons cannot be claimed for free.
 */
@Path("points-offers")
@Produces(MediaType.APPLICATION_JSON)
public class PointsOfferResource {

    @Inject
    JsonWebToken caller;

    @Inject
    PointsExchangeBook book;

    @Inject
    PointsExchanges exchanges;

    @Inject
    CouponWallet wallet;

    /** An offer: the template's coupon for {@code points} (100 points = 1 yuan). */
    public record NewOffer(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 36) String templateId,
            @NotNull @Min(1) @Max(100_000_000) Long points) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Points offers shoppers can exchange now (operators: ?all=true for every one)")
    public JsonArray list(@QueryParam("all") @DefaultValue("false") boolean all) {
        boolean operator = caller.getRawToken() != null && caller.getGroups().contains("operator");
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        book.offers(all && operator).forEach(o -> list.add(json(o)));
        return list.build();
    }

    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offer a coupon template's coupons for points (operator); its coupons are then only had by exchange")
    public Response open(@NotNull @Valid NewOffer offer) {
        PointsOffer opened = book.open(offer.name(), offer.templateId(), offer.points(), caller.getSubject());
        return Response.created(URI.create("points-offers/" + opened.id())).entity(json(opened)).build();
    }

    @POST
    @Path("{id}/{action: pause|resume|end}")
    @RolesAllowed("operator")
    @Operation(summary = "Pause exchanges, resume them, or end the offer for good (operator)")
    public JsonObject become(@PathParam("id") @Size(max = 36) String id, @PathParam("action") String action) {
        return json(book.change(id, PromotionStatus.after(action)));
    }

    @POST
    @Path("{id}/exchange")
    @RolesAllowed("shopper")
    @Idempotent
    @Operation(summary = "Exchange my points for the offer's coupon: 201 with the coupon; 400 when my points are short;"
            + " 409 SOLD_OUT/ENDED/CONFLICT as a claim would be; honours Idempotency-Key")
    public Response exchange(@PathParam("id") @Size(max = 36) String id) {
        PointsExchange done = exchanges.exchange(id, caller.getSubject());
        return Response.created(URI.create("me/points-exchanges/" + done.id())).entity(MyPointsExchangeResource.json(done)).build();
    }

    JsonObject json(PointsOffer o) {
        JsonObject template = wallet.template(o.templateId()).map(CouponTemplateResource::json).orElse(null);
        var json = Jsons.createObjectBuilder()
                .add("id", o.id())
                .add("name", o.name())
                .add("points", o.points())
                .add("templateId", o.templateId())
                .add("status", o.status().name())
                .add("createdAt", o.createdAt().toString());
        if (template == null) {
            json.addNull("coupon");
        } else {
            json.add("coupon", template);
        }
        return json.build();
    }
}
