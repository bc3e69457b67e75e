package shop.promo.exchange.boundary;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.platform.json.Jsons;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.platform.web.Texts;
import shop.promo.exchange.control.PointsExchangeBook;
import shop.promo.exchange.entity.PointsExchange;

/** The shopper's own points exchanges, {@code /promo/me/points-exchanges}; another shopper's is 404. */
@Path("me/points-exchanges")
@RolesAllowed("shopper")
@Produces(MediaType.APPLICATION_JSON)
public class MyPointsExchangeResource {

    @Inject
    JsonWebToken caller;

    @Inject
    PointsExchangeBook book;

    @GET
    @Operation(summary = "My points exchanges, newest first")
    public Page<JsonObject> list(@Valid @BeanParam PageParams page) {
        return book.listOf(caller.getSubject(), page.toRequest()).map(MyPointsExchangeResource::json);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my points exchanges")
    public JsonObject get(@PathParam("id") @Size(max = 36) String id) {
        return json(book.ofUser(id, caller.getSubject()));
    }

    /**
     * {@code {id, offerId, points, status, couponId, orderId, problem, createdAt}}: the coupon
     * issued or the gift's order (null for the other kind); {@code problem} is what refused it.
     */
    static JsonObject json(PointsExchange e) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", e.id())
                .add("offerId", e.offerId())
                .add("points", e.points())
                .add("status", e.status().name())
                .add("createdAt", e.createdAt().toString())
                .add("couponId", Jsons.stringOrNull(e.couponId()))
                .add("orderId", Jsons.stringOrNull(e.orderId()));
        if (e.problem() == null) {
            json.addNull("problem");
        } else {
            json.add("problem", Texts.parseJson(e.problem()));
        }
        return json.build();
    }
}
