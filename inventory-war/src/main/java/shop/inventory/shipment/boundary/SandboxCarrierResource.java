package shop.inventory.shipment.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.inventory.shipment.control.SandboxCarrier;
import shop.inventory.shipment.control.ShipmentBook;
import shop.inventory.shipment.entity.ShipmentStatus;
import shop.platform.problem.ProblemException;

/**
 * {@code POST /inventory/sandbox/carrier/shipments/{id}/events} (operator): makes the sandbox
 * carrier report a stage of a parcel, as a real carrier's scanners would; its signed callback
 * follows asynchronously (202).
 */
@Path("sandbox/carrier/shipments/{id}/events")
@RolesAllowed("operator")
public class SandboxCarrierResource {

    @Inject
    ShipmentBook shipments;

    @Inject
    SandboxCarrier carrier;

    /** The stage to report, and where. */
    public record Stage(
            @NotNull @Pattern(regexp = "IN_TRANSIT|OUT_FOR_DELIVERY|DELIVERED") String status,
            @Size(max = 100) String location) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox carrier (operator): report IN_TRANSIT, OUT_FOR_DELIVERY or DELIVERED for a parcel; the signed callback follows")
    public Response report(@PathParam("id") @Size(max = 36) String id, @NotNull @Valid Stage stage) {
        carrier.report(shipments.find(id).orElseThrow(() -> ProblemException.notFound("No such shipment.")),
                ShipmentStatus.valueOf(stage.status()), stage.location());
        return Response.accepted().build();
    }
}
