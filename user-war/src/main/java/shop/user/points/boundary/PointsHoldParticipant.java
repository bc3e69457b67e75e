package shop.user.points.boundary;

import static org.eclipse.microprofile.lra.annotation.ws.rs.LRA.LRA_HTTP_CONTEXT_HEADER;

import java.net.URI;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.lra.annotation.Compensate;
import org.eclipse.microprofile.lra.annotation.Complete;
import org.eclipse.microprofile.lra.annotation.ParticipantStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.json.Jsons;
import shop.platform.saga.Sagas;
import shop.platform.security.ServiceTokens;
import shop.user.points.control.PointsLedger;
import shop.user.points.entity.PointsHold;

/**
 * Points in the sagas, on the internal surface only (DESIGN.md, checkout step 4): holding joins
 * the caller's LRA ({@code ?lraId=}); the coordinator then calls {@code complete} (the points
 * are spent) or {@code compensate} (they go back to their lots). Both are idempotent and accept a
 * saga that never held points here. Also the balance checkout shows before it starts a saga.
 */
@Path("internal/points")
@RolesAllowed(ServiceTokens.GROUP)
public class PointsHoldParticipant {

    @Inject
    PointsLedger ledger;

    @Inject
    Sagas sagas;

    @Inject
    @ConfigProperty(name = "shop.user.points-hold-participant-url")
    URI participant;

    /** Whose points, how many, and what they pay for (an order id, an exchange id). */
    public record HoldRequest(
            @NotBlank @Size(max = 36) String userId,
            @NotBlank @Size(max = 64) String reference,
            @NotNull @Min(1) @Max(100_000_000) Long points) {
    }

    @PUT
    @Path("holds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject hold(@QueryParam("lraId") @NotNull URI lraId, @NotNull @Valid HoldRequest request) {
        sagas.join(lraId, participant, Duration.ZERO);
        PointsHold hold = ledger.hold(lraId.toString(), request.userId(), request.reference(), request.points());
        return Jsons.createObjectBuilder().add("lraId", hold.lraId()).add("points", hold.points()).add("state", hold.state().name())
                .build();
    }

    @PUT
    @Path("holds/complete")
    @Complete
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        ledger.spend(lraId.toString());
        return Response.ok(ParticipantStatus.Completed.name()).build();
    }

    @PUT
    @Path("holds/compensate")
    @Compensate
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        ledger.release(lraId.toString());
        return Response.ok(ParticipantStatus.Compensated.name()).build();
    }

    @GET
    @Path("{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject balance(@PathParam("userId") @Size(max = 36) String userId) {
        return Jsons.createObjectBuilder().add("userId", userId).add("balance", ledger.standing(userId).balance()).build();
    }
}
