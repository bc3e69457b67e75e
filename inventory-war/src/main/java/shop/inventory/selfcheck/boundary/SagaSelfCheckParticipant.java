package shop.inventory.selfcheck.boundary;

import static org.eclipse.microprofile.lra.annotation.ws.rs.LRA.LRA_HTTP_CONTEXT_HEADER;

import java.net.URI;

import org.eclipse.microprofile.lra.annotation.Compensate;
import org.eclipse.microprofile.lra.annotation.Complete;
import org.eclipse.microprofile.lra.annotation.ParticipantStatus;
import org.eclipse.microprofile.lra.annotation.ws.rs.LRA;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.inventory.selfcheck.control.SagaSelfCheckLedger;
import shop.inventory.selfcheck.entity.SagaSelfCheck;
import shop.platform.json.Jsons;
import shop.platform.security.ServiceTokens;

/**
 * The self-check participant, on the internal surface only ({@code /inventory/internal/...}).
 * Joining registers this resource's {@code @Complete}/{@code @Compensate} with the coordinator
 * under the internal URL the join came in on.
 */
@Path("internal/self-check/saga")
@RolesAllowed(ServiceTokens.GROUP)
public class SagaSelfCheckParticipant {

    @Inject
    SagaSelfCheckLedger ledger;

    @Operation(hidden = true)
    @PUT
    @Path("participant")
    @LRA(value = LRA.Type.MANDATORY, end = false)
    @Produces(MediaType.APPLICATION_JSON)
    public Response join(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        if (!ledger.join(lraId.toString())) {
            // Already ended here: refuse, so the caller's saga cancels instead of counting on us.
            return Response.status(Response.Status.GONE).build();
        }
        return Response.ok(Jsons.createObjectBuilder().add("joined", true).build()).build();
    }

    @Operation(hidden = true)
    @PUT
    @Path("complete")
    @Complete
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        ledger.complete(lraId.toString());
        return Response.ok(ParticipantStatus.Completed.name()).build();
    }

    @Operation(hidden = true)
    @PUT
    @Path("compensate")
    @Compensate
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        ledger.compensate(lraId.toString());
        return Response.ok(ParticipantStatus.Compensated.name()).build();
    }

    /** What this participant recorded for an LRA: state, callbacks received, effects applied. */
    @Operation(hidden = true)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response recorded(@QueryParam("lraId") String lraId) {
        if (lraId == null || lraId.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return ledger.find(lraId)
                .map(check -> Response.ok(json(check)).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    private static jakarta.json.JsonObject json(SagaSelfCheck check) {
        return Jsons.createObjectBuilder()
                .add("lraId", check.lraId())
                .add("state", check.state().name())
                .add("callbacks", check.callbacks())
                .add("effects", check.effects())
                .build();
    }
}
