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
import shop.promo.coupon.entity.CouponLock;

/**
 * The coupon's part in the checkout saga, on the internal surface only: locking joins the
 * caller's LRA ({@code ?lraId=}); the coordinator then calls {@code complete} (the coupon is
 * used) or {@code compensate} (back in the wallet). Both are idempotent and accept a saga that
 * never locked a coupon here.
 */
@Path("internal/coupon-locks")
@RolesAllowed(ServiceTokens.GROUP)
public class CouponLockParticipant {

    @Inject
    CouponLocks locks;

    @Inject
    Sagas sagas;

    @Inject
    @ConfigProperty(name = "shop.promo.coupon-lock-participant-url")
    URI participant;

    /** Which coupon a checkout uses, for which order and shopper. */
    public record LockRequest(
            @NotBlank @Size(max = 64) String orderId,
            @NotBlank @Size(max = 64) String userId,
            @NotBlank @Size(max = 36) String couponId) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject lock(@QueryParam("lraId") @NotNull URI lraId, @NotNull @Valid LockRequest request) {
        sagas.join(lraId, participant, Duration.ZERO);
        CouponLock lock = locks.lock(lraId.toString(), request.orderId(), request.userId(), request.couponId());
        return Jsons.createObjectBuilder().add("lraId", lock.lraId()).add("couponId", lock.couponId()).add("state", lock.state().name()).build();
    }

    @PUT
    @Path("complete")
    @Complete
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        locks.use(lraId.toString());
        return Response.ok(ParticipantStatus.Completed.name()).build();
    }

    @PUT
    @Path("compensate")
    @Compensate
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        locks.release(lraId.toString());
        return Response.ok(ParticipantStatus.Compensated.name()).build();
    }
}
