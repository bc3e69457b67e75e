package shop.order.refund.boundary;

import static org.eclipse.microprofile.lra.annotation.ws.rs.LRA.LRA_HTTP_CONTEXT_HEADER;

import java.net.URI;

import org.eclipse.microprofile.lra.annotation.Compensate;
import org.eclipse.microprofile.lra.annotation.Complete;
import org.eclipse.microprofile.lra.annotation.ParticipantStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.order.refund.control.RefundLedger;
import shop.platform.security.ServiceTokens;

/**
 * The order's part in a refund saga (internal surface only): closing it refunds the order,
 * cancelling it (the provider refused) makes the order paid again. Both are idempotent, answer
 * at once, and accept a saga that never recorded a refund here.
 */
@Path("internal/refund-saga")
@RolesAllowed(ServiceTokens.GROUP)
@Produces(MediaType.TEXT_PLAIN)
public class RefundSagaParticipant {

    @Inject
    RefundLedger refunds;

    @PUT
    @Path("complete")
    @Complete
    @PermitAll
    @Operation(hidden = true)
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) @NotNull URI lraId) {
        refunds.sagaClosed(lraId.toString());
        return Response.ok(ParticipantStatus.Completed.name()).build();
    }

    @PUT
    @Path("compensate")
    @Compensate
    @PermitAll
    @Operation(hidden = true)
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) @NotNull URI lraId) {
        refunds.sagaCancelled(lraId.toString());
        return Response.ok(ParticipantStatus.Compensated.name()).build();
    }
}
