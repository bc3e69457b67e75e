package shop.promo.exchange.boundary;

import static org.eclipse.microprofile.lra.annotation.ws.rs.LRA.LRA_HTTP_CONTEXT_HEADER;

import java.net.URI;

import org.eclipse.microprofile.lra.annotation.Compensate;
import org.eclipse.microprofile.lra.annotation.Complete;
import org.eclipse.microprofile.lra.annotation.ParticipantStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.security.ServiceTokens;
import shop.promo.exchange.control.PointsExchangeBook;

/**
 * A points exchange's own part in its saga, on the internal surface only: complete = done;
 * compensate = the coupon it issued is taken back (if unused) and the exchange refused. Both are
 * idempotent and accept a saga unknown here.
 */
@Path("internal/points-exchanges")
@RolesAllowed(ServiceTokens.GROUP)
public class PointsExchangeParticipant {

    @Inject
    PointsExchangeBook book;

    @PUT
    @Path("complete")
    @Complete
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        book.done(lraId.toString());
        return Response.ok(ParticipantStatus.Completed.name()).build();
    }

    @PUT
    @Path("compensate")
    @Compensate
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        book.refuse(lraId.toString(), null);
        return Response.ok(ParticipantStatus.Compensated.name()).build();
    }
}
