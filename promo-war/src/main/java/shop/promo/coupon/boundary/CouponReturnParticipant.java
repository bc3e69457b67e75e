package shop.promo.coupon.boundary;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.json.Jsons;
import shop.platform.saga.Sagas;
import shop.platform.security.ServiceTokens;
import shop.promo.coupon.control.CouponLocks;
import shop.promo.coupon.entity.CouponReturn;

/**
 * The coupon's part in a full refund's saga, on the internal surface only: announcing joins the
 * caller's LRA ({@code ?lraId=}); when the refund closes the coupon goes back to the wallet if it
 * can still be used, and when it is called off nothing changes.
 */
@Path("internal/coupon-returns")
@RolesAllowed(ServiceTokens.GROUP)
public class CouponReturnParticipant {

    @Inject
    CouponLocks locks;

    @Inject
    Sagas sagas;

    @Inject
    @ConfigProperty(name = "shop.promo.coupon-return-participant-url")
    URI participant;

    /** The refunded order and the coupon it used. */
    public record ReturnRequest(@NotBlank @Size(max = 64) String orderId, @NotBlank @Size(max = 36) String couponId) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject announce(@QueryParam("lraId") @NotNull URI lraId, @NotNull @Valid ReturnRequest request) {
        sagas.join(lraId, participant, Duration.ZERO);
        CouponReturn announced = locks.announceReturn(lraId.toString(), request.orderId(), request.couponId());
        return Jsons.createObjectBuilder().add("lraId", announced.lraId()).add("state", announced.state().name()).build();
    }

    @PUT
    @Path("complete")
    @Complete
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        locks.giveBack(lraId.toString());
        return Response.ok(ParticipantStatus.Completed.name()).build();
    }

    @PUT
    @Path("compensate")
    @Compensate
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        locks.dropReturn(lraId.toString());
        return Response.ok(ParticipantStatus.Compensated.name()).build();
    }
}
