package shop.inventory.reservation.boundary;

import static org.eclipse.microprofile.lra.annotation.ws.rs.LRA.LRA_HTTP_CONTEXT_HEADER;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.lra.annotation.Compensate;
import org.eclipse.microprofile.lra.annotation.Complete;
import org.eclipse.microprofile.lra.annotation.ParticipantStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.inventory.reservation.control.StockReservations;
import shop.inventory.reservation.entity.StockReservation;
import shop.platform.json.Jsons;
import shop.platform.problem.ProblemException;
import shop.platform.saga.Sagas;
import shop.platform.security.ServiceTokens;

/**
 * Inventory's part in the checkout saga, on the internal surface only: reserving joins the
 * caller's LRA ({@code ?lraId=}); the coordinator then calls {@code complete} (deduct) or {@code compensate}
 * (release). Both callbacks are idempotent and accept a saga that never reserved here.
 */
@Path("internal/reservations")
@RolesAllowed(ServiceTokens.GROUP)
public class ReservationParticipant {

    @Inject
    StockReservations reservations;

    @Inject
    Sagas sagas;

    /** Where the coordinator calls this participant back ({@code /complete}, {@code /compensate}). */
    @Inject
    @ConfigProperty(name = "shop.inventory.saga-participant-url")
    URI participant;

    /** What a checkout asks to hold. */
    public record ReservationRequest(
            @Size(max = 64) String orderId,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines) {
    }

    /** One SKU and a quantity of 1 to 999. */
    public record Line(@NotBlank @Size(max = 36) String skuId, @Min(1) @Max(999) int quantity) {
    }

    /**
     * Joins the saga named by {@code lraId} (explicitly, through the platform's one coordinator
     * client), then holds the stock. A refusal does not cancel the saga by itself: the checkout
     * that asked decides.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject reserve(@QueryParam("lraId") @NotNull URI lraId, @NotNull @Valid ReservationRequest request) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        request.lines().forEach(l -> quantities.merge(l.skuId(), l.quantity(), Integer::sum));
        if (quantities.values().stream().anyMatch(q -> q > 999)) {
            throw ProblemException.invalid("lines", "at most 999 units of one SKU");
        }
        sagas.join(lraId, participant, Duration.ZERO);
        return json(reservations.reserve(lraId.toString(), request.orderId(), quantities));
    }

    @PUT
    @Path("complete")
    @Complete
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        reservations.deduct(lraId.toString());
        return Response.ok(ParticipantStatus.Completed.name()).build();
    }

    @PUT
    @Path("compensate")
    @Compensate
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        reservations.release(lraId.toString());
        return Response.ok(ParticipantStatus.Compensated.name()).build();
    }

    /** The reservation of a saga, for the order service and operators' diagnostics. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject find(@QueryParam("lraId") @NotBlank @Size(max = 400) String lraId) {
        return json(reservations.find(lraId).orElseThrow(() -> ProblemException.notFound("No reservation for this saga.")));
    }

    private static JsonObject json(StockReservation reservation) {
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        reservation.lines().forEach(l -> lines.add(Jsons.createObjectBuilder().add("skuId", l.skuId()).add("warehouseId", l.warehouseId())
                .add("quantity", l.quantity())));
        return Jsons.createObjectBuilder()
                .add("lraId", reservation.lraId())
                .add("state", reservation.state().name())
                .add("lines", lines)
                .build();
    }
}
