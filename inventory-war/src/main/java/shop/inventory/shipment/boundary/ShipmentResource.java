package shop.inventory.shipment.boundary;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.inventory.shipment.control.ShipmentBook;
import shop.inventory.shipment.control.Shipping;
import shop.inventory.shipment.entity.Shipment;
import shop.platform.json.Jsons;
import shop.platform.problem.ProblemException;

/**
 * Shipments (CONTRACT.md): operators hand paid orders to carriers; the order's shopper and
 * operators read where the parcel is. Another shopper's parcel is "not found".
 */
@Path("shipments")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    private static final String OPERATOR = "operator";

    @Inject
    JsonWebToken caller;

    @Inject
    Shipping shipping;

    @Inject
    ShipmentBook shipments;

    /** A parcel handed to a carrier: its code (such as {@code SF}) and tracking number. */
    public record NewShipment(
            @NotBlank @Size(max = 36) String orderId,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '_' or '-'") String carrier,
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits or '-'") String trackingNo) {
    }

    @POST
    @RolesAllowed(OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ship a paid order (operator): the order becomes SHIPPED; 409 unless it is PAID or when it already shipped")
    public Response create(@NotNull @Valid NewShipment request) {
        Shipment shipment = shipping.ship(request.orderId(), request.carrier().toUpperCase(), request.trackingNo(), caller.getName());
        return Response.created(URI.create("shipments/" + shipment.id())).entity(json(shipment).build()).build();
    }

    @GET
    @Operation(summary = "The shipments of an order (its shopper, or operators)")
    public JsonObject ofOrder(@QueryParam("orderId") @NotBlank @Size(max = 36) String orderId) {
        List<Shipment> found = shipments.ofOrder(orderId).stream().filter(this::mayRead).toList();
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        found.forEach(s -> items.add(json(s)));
        return Jsons.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{id}/tracking")
    @Operation(summary = "Where a parcel is: its status and every update its carrier reported (its shopper, or operators)")
    public JsonObject tracking(@PathParam("id") @Size(max = 36) String id) {
        Shipment shipment = shipments.find(id).filter(this::mayRead).orElseThrow(() -> ProblemException.notFound("No such shipment."));
        JsonArrayBuilder events = Jsons.createArrayBuilder();
        shipment.tracking().forEach(e -> {
            JsonObjectBuilder event = Jsons.createObjectBuilder().add("status", e.status().name()).add("at", e.occurredAt().toString());
            if (e.location() != null && !e.location().isEmpty()) {
                event.add("location", e.location());
            }
            if (e.description() != null) {
                event.add("description", e.description());
            }
            events.add(event);
        });
        return json(shipment).add("events", events).build();
    }

    private boolean mayRead(Shipment shipment) {
        return caller.getGroups().contains(OPERATOR) || shipment.visibleTo(caller.getSubject());
    }

    static JsonObjectBuilder json(Shipment s) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", s.id())
                .add("orderId", s.orderId())
                .add("carrier", s.carrier())
                .add("trackingNo", s.trackingNo())
                .add("status", s.status().name())
                .add("createdAt", s.createdAt().toString());
        if (s.deliveredAt() != null) {
            json.add("deliveredAt", s.deliveredAt().toString());
        }
        return json;
    }
}
