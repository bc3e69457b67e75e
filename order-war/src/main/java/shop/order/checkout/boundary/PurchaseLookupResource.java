package shop.order.checkout.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.order.checkout.control.OrderBook;
import shop.platform.json.Jsons;
import shop.platform.security.ServiceTokens;

/**
 * Who bought what (internal surface only): a shopper's paid orders containing a product, so
 * catalog can tell whether the shopper may review it.
 */
@Path("internal/purchases")
@RolesAllowed(ServiceTokens.GROUP)
public class PurchaseLookupResource {

    @Inject
    OrderBook orders;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonArray of(@QueryParam("userId") @NotBlank @Size(max = 36) String userId,
            @QueryParam("productId") @NotBlank @Size(max = 36) String productId) {
        JsonArrayBuilder purchases = Jsons.createArrayBuilder();
        orders.purchases(userId, productId).forEach(p -> purchases.add(Jsons.createObjectBuilder()
                .add("orderId", p.orderId()).add("status", p.status().name())));
        return purchases.build();
    }
}
