package shop.order.checkout.boundary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.order.checkout.control.OrderBook;
import shop.order.checkout.entity.Order;
import shop.order.checkout.entity.OrderStatus;
import shop.order.returns.control.ReturnDesk;
import shop.platform.json.Jsons;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.platform.problem.ProblemException;

/**
 * Orders for operators (CONTRACT.md: operators read any order): the queue by status, longest
 * waiting first (default {@code PAID}: the orders to ship), and any order's detail with its owner.
 */
@Path("operator/orders")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorOrderResource {

    @Inject
    OrderBook orders;

    @Inject
    ReturnDesk returns;

    @GET
    @Operation(summary = "Orders with a status (default PAID: waiting to ship), longest unchanged first")
    public Page<JsonObject> queue(
            @QueryParam("status") @Pattern(regexp = "PENDING_PAYMENT|PAID|SHIPPED|DELIVERED|COMPLETED|CANCELLED|REFUNDING|REFUNDED")
            String status, @Valid @BeanParam PageParams page) {
        List<OrderStatus> statuses = List.of(status == null ? OrderStatus.PAID : OrderStatus.valueOf(status));
        return orders.withStatus(statuses, page.toRequest()).map(o -> OrderResource.summary(o).add("userId", o.userId()).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Any order, with lines, address, history and its shopper")
    public JsonObject detail(@PathParam("id") @Size(max = 36) String id) {
        Order order = orders.find(id);
        if (!order.status().visible()) {
            throw ProblemException.notFound("No such order.");
        }
        return Jsons.createObjectBuilder(OrderResource.detail(order, returns.units(order.id(), false))).add("userId", order.userId()).build();
    }
}
