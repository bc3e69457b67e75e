package shop.order.checkout.boundary;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.order.checkout.control.FlashCheckouts;
import shop.order.checkout.entity.FlashCheckout;
import shop.order.checkout.entity.FlashCheckoutStatus;
import shop.platform.json.Jsons;
import shop.platform.problem.Problem;

/**
 * A flash sale checkout answered 202 before its saga ({@code POST /order/orders} with
 * {@code flashSaleId} and {@code Prefer: respond-async}): {@code QUEUED} or {@code RUNNING} while
 * the saga runs, then {@code PLACED} with the {@code orderId} to pay, or {@code REFUSED} with the
 * problem the shopper would have been answered (the units are back in the sale). Only its shopper
 * sees it.
 */
@Path("flash-checkouts")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class FlashCheckoutResource {

    @Inject
    JsonWebToken caller;

    @Inject
    FlashCheckouts checkouts;

    @GET
    @Path("{id}")
    @Operation(summary = "Where my queued flash sale checkout stands: QUEUED, RUNNING, PLACED (orderId) or REFUSED (problem)")
    public JsonObject status(@PathParam("id") @Size(max = 36) String id) {
        return json(checkouts.ofUser(id, caller.getSubject())).build();
    }

    static JsonObjectBuilder json(FlashCheckout c) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", c.id())
                .add("status", c.status().name())
                .add("flashSaleId", c.saleId())
                .add("skuId", c.skuId())
                .add("quantity", c.quantity())
                .add("createdAt", c.createdAt().toString());
        if (c.status() == FlashCheckoutStatus.PLACED) {
            json.add("orderId", c.id());
        }
        Problem problem = c.problem();
        if (problem != null) {
            json.add("problem", problem.toJson());
        }
        return json;
    }
}
