package shop.user.order.boundary;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.platform.paging.PageParams;
import shop.user.order.control.MyOrders;

/**
 * The signed-in shopper's orders in the member centre: {@code /user/me/orders}, the same page
 * {@code GET /order/orders} answers; 503 with {@code Retry-After} while order-war cannot answer.
 */
@Path("me/orders")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class MyOrdersResource {

    @Inject
    JsonWebToken caller;

    @Inject
    MyOrders orders;

    @GET
    @Operation(summary = "My orders, newest first (order-war's list); 503 SERVICE_UNAVAILABLE while it cannot answer")
    public JsonObject list(@Valid @BeanParam PageParams page) {
        return orders.of(caller.getRawToken(), page.toRequest());
    }
}
