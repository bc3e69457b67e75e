package shop.order.delivery.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.order.checkout.control.OrderBook;
import shop.order.checkout.entity.Order;
import shop.platform.json.Jsons;
import shop.platform.security.ServiceTokens;

/**
 * inventory-war asks here (internal surface only) before it records a shipment: the order moves
 * from {@code PAID} to {@code SHIPPED}, or the shipment is refused (409 {@code INVALID_STATE},
 * 404 for no such order). Asking again with the same shipment id answers the same.
 */
@Path("internal/orders/{id}/shipment")
@RolesAllowed(ServiceTokens.GROUP)
@Produces(MediaType.APPLICATION_JSON)
public class OrderShipmentResource {

    @Inject
    OrderBook orders;

    /** The shipment that carries the order. */
    public record ShipmentNotice(
            @NotBlank @Size(max = 36) String shipmentId,
            @NotBlank @Size(max = 40) String carrier,
            @NotBlank @Size(max = 64) String trackingNo) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject ship(@PathParam("id") @Size(max = 36) String orderId, @NotNull @Valid ShipmentNotice notice) {
        Order order = orders.ship(orderId, notice.shipmentId(), notice.carrier(), notice.trackingNo());
        return Jsons.createObjectBuilder()
                .add("orderId", order.id())
                .add("userId", order.userId())
                .add("status", order.status().name())
                .build();
    }
}
