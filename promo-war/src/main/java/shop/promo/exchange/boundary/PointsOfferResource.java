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
import shop.platform.problem.ProblemException;
import shop.promo.coupon.boundary.CouponTemplateResource;
import shop.promo.coupon.control.CouponWallet;
import shop.promo.exchange.control.PointsExchangeBook;
import shop.promo.exchange.control.PointsExchanges;
import shop.promo.exchange.entity.PointsExchange;
import shop.promo.exchange.entity.PointsOffer;
import shop.promo.pricing.entity.PromotionStatus;

/**
 * Points offers (积分兑换): operators offer a coupon template's coupons, or a gift the shop
 * ships, for points; shoppers exchange their points for one, {@code /promo/points-offers}. A
 * template's limits bound its exchanges (its coupons cannot be claimed for free); a gift has its
 * own quantity and per-shopper limit, and is shipped as an order paid with the points.
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

    /**
     * An offer for {@code points} each (100 points = 1 yuan): a coupon template's coupons
     * ({@code templateId}) or a gift ({@code gift}), exactly one of them.
     */
    public record NewOffer(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 36) String templateId,
            @Valid NewGift gift,
            @NotNull @Min(1) @Max(100_000_000) Long points) {
    }

    /** A gift: {@code quantity} units of a SKU the catalog sells, at most {@code perUserLimit} to a shopper. */
    public record NewGift(
            @NotBlank @Size(max = 36) String skuId,
            @NotNull @Min(1) @Max(1_000_000) Integer quantity,
            @NotNull @Min(1) @Max(100) Integer perUserLimit) {
    }

    /** Where an exchanged gift goes: one of the shopper's addresses (a coupon needs no body). */
    public record ExchangeRequest(@Size(max = 36) String addressId) {
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
    @Operation(summary = "Offer a coupon template's coupons (templateId) or a gift the shop ships (gift: {skuId, quantity, perUserLimit})"
            + " for points (operator); an offered template's coupons are then only had by exchange")
    public Response open(@NotNull @Valid NewOffer offer) {
        if ((offer.templateId() == null) == (offer.gift() == null)) {
            throw ProblemException.invalid("templateId", "an offer is of a coupon template (templateId) or a gift (gift), exactly one");
        }
        PointsOffer opened = offer.gift() == null ? book.open(offer.name(), offer.templateId(), offer.points(), caller.getSubject())
                : exchanges.openGift(offer.name(), offer.gift().skuId(), offer.gift().quantity(), offer.gift().perUserLimit(), offer.points(),
                        caller.getSubject());
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
    @Operation(summary = "Exchange my points for the offer's coupon (no body) or gift (body {addressId}: one of my addresses):"
            + " 201 with the coupon or the gift's paid order; 400 when my points are short; 409 SOLD_OUT/ENDED/CONFLICT (over the"
            + " limit); 422 INVALID_REFERENCE for an address not mine; honours Idempotency-Key")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response exchange(@PathParam("id") @Size(max = 36) String id, @Valid ExchangeRequest request) {
        PointsExchange done = exchanges.exchange(id, new PointsExchanges.Exchanger(caller.getSubject(), caller.getName(),
                request == null ? null : request.addressId()));
        return Response.created(URI.create("me/points-exchanges/" + done.id())).entity(MyPointsExchangeResource.json(done)).build();
    }

    /** The same exchange sent without a body, as coupon exchanges always were. */
    @POST
    @Path("{id}/exchange")
    @RolesAllowed("shopper")
    @Idempotent
    @Operation(hidden = true)
    public Response exchange(@PathParam("id") @Size(max = 36) String id) {
        return exchange(id, null);
    }

    /**
     * {@code {id, name, kind, points, templateId, coupon, gift, status, createdAt}}: a coupon
     * offer has its template as {@code coupon}, a gift offer {@code gift: {skuId, productId,
     * quantity, remaining, perUserLimit}}; the other is null.
     */
    JsonObject json(PointsOffer o) {
        JsonObject template = o.isGift() ? null : wallet.template(o.templateId()).map(CouponTemplateResource::json).orElse(null);
        var json = Jsons.createObjectBuilder()
                .add("id", o.id())
                .add("name", o.name())
                .add("kind", o.kind().name())
                .add("points", o.points())
                .add("status", o.status().name())
                .add("createdAt", o.createdAt().toString());
        if (o.isGift()) {
            json.addNull("templateId").addNull("coupon").add("gift", Jsons.createObjectBuilder()
                    .add("skuId", o.skuId())
                    .add("productId", o.productId())
                    .add("quantity", o.quantity())
                    .add("remaining", o.remaining())
                    .add("perUserLimit", o.perUserLimit()));
        } else {
            json.add("templateId", o.templateId()).addNull("gift");
            if (template == null) {
                json.addNull("coupon");
            } else {
                json.add("coupon", template);
            }
        }
        return json.build();
    }
}
