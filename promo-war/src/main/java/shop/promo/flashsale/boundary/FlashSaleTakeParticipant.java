package shop.promo.flashsale.boundary;

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
import jakarta.ws.rs.DELETE;
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
import shop.promo.flashsale.control.FlashSaleQuota;
import shop.promo.flashsale.entity.FlashSaleTake;

/**
 * The flash sale's part in checkout, on the internal surface only. Before its saga, a checkout
 * takes units ({@code PUT internal/flash-sales/{id}/takes/{takeId}}); inside it, holding the take joins
 * the saga ({@code PUT internal/flash-sale-takes/{takeId}?lraId=}); the coordinator then calls
 * {@code complete} (sold) or {@code compensate} (back in the quota). A checkout that stops before
 * its saga gives the take back ({@code DELETE}); one that says nothing is swept after a minute.
 */
@Path("internal")
@RolesAllowed(ServiceTokens.GROUP)
public class FlashSaleTakeParticipant {

    @Inject
    FlashSaleQuota quota;

    @Inject
    Sagas sagas;

    @Inject
    @ConfigProperty(name = "shop.promo.flash-sale-participant-url")
    URI participant;

    /** Who takes how many units, for which SKU (the sale's own). */
    public record TakeRequest(@NotBlank @Size(max = 64) String userId, @NotBlank @Size(max = 36) String skuId,
            @NotNull @Min(1) @Max(100) Integer quantity) {
    }

    /** The order the saga places. */
    public record HoldRequest(@NotBlank @Size(max = 64) String orderId) {
    }

    /** Takes units under the id the checkout chose, so asking again (or giving up on it) names the same take. */
    @PUT
    @Path("flash-sales/{id}/takes/{takeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject take(@PathParam("id") @Size(max = 36) String saleId, @PathParam("takeId") @Size(max = 36) String takeId,
            @NotNull @Valid TakeRequest request) {
        if (quota.believedSoldOut(saleId)) {
            // Answered before any transaction: the burst after the last unit costs no database work.
            throw FlashSaleQuota.soldOut();
        }
        return json(quota.take(saleId, takeId, request.userId(), request.skuId(), request.quantity()));
    }

    @PUT
    @Path("flash-sale-takes/{takeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject hold(@PathParam("takeId") @Size(max = 36) String takeId, @QueryParam("lraId") @NotNull URI lraId,
            @NotNull @Valid HoldRequest request) {
        sagas.join(lraId, participant, Duration.ZERO);
        return json(quota.hold(takeId, lraId.toString(), request.orderId()));
    }

    @DELETE
    @Path("flash-sale-takes/{takeId}")
    @Operation(hidden = true)
    public Response giveBack(@PathParam("takeId") @Size(max = 36) String takeId) {
        quota.giveBackTaken(takeId);
        return Response.noContent().build();
    }

    @PUT
    @Path("flash-sale-takes/complete")
    @Complete
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        quota.sell(lraId.toString());
        return Response.ok(ParticipantStatus.Completed.name()).build();
    }

    @PUT
    @Path("flash-sale-takes/compensate")
    @Compensate
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        quota.giveBackHeld(lraId.toString());
        return Response.ok(ParticipantStatus.Compensated.name()).build();
    }

    private static JsonObject json(FlashSaleTake take) {
        return Jsons.createObjectBuilder()
                .add("takeId", take.id())
                .add("flashSaleId", take.flashSaleId())
                .add("quantity", take.quantity())
                .add("price", take.price())
                .add("state", take.state().name())
                .build();
    }
}
