package shop.inventory.restock.boundary;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.inventory.restock.control.StockReturns;
import shop.inventory.restock.entity.StockReturn;
import shop.platform.json.Jsons;
import shop.platform.saga.Sagas;
import shop.platform.security.ServiceTokens;

/**
 * Inventory's part in a refund saga, on the internal surface only: announcing joins the caller's
 * LRA ({@code ?lraId=}); the coordinator then calls {@code complete} (the units are back on sale)
 * or {@code compensate} (nothing comes back). Both are idempotent and accept a saga never announced here.
 */
@Path("internal/stock-returns")
@RolesAllowed(ServiceTokens.GROUP)
public class StockReturnParticipant {

    @Inject
    StockReturns returns;

    @Inject
    Sagas sagas;

    @Inject
    @ConfigProperty(name = "shop.inventory.return-participant-url")
    URI participant;

    /** What a refund gives back. */
    public record ReturnRequest(
            @NotBlank @Size(max = 36) String orderId,
            @NotBlank @Size(max = 36) String refundId,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines) {
    }

    /** One SKU and 1 to 999 units. */
    public record Line(@NotBlank @Size(max = 36) String skuId, @Min(1) @Max(999) int quantity) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject announce(@QueryParam("lraId") @NotNull URI lraId, @NotNull @Valid ReturnRequest request) {
        Map<String, Integer> units = new LinkedHashMap<>();
        request.lines().forEach(l -> units.merge(l.skuId(), l.quantity(), Integer::sum));
        sagas.join(lraId, participant, Duration.ZERO);
        return json(returns.announce(lraId.toString(), request.orderId(), request.refundId(), units));
    }

    @PUT
    @Path("complete")
    @Complete
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) @NotNull URI lraId) {
        returns.putBack(lraId.toString());
        return Response.ok(ParticipantStatus.Completed.name()).build();
    }

    @PUT
    @Path("compensate")
    @Compensate
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) @NotNull URI lraId) {
        returns.drop(lraId.toString());
        return Response.ok(ParticipantStatus.Compensated.name()).build();
    }

    private static JsonObject json(StockReturn stockReturn) {
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        stockReturn.lines().forEach(l -> lines.add(Jsons.createObjectBuilder().add("skuId", l.skuId())
                .add("warehouseId", l.warehouseId()).add("quantity", l.quantity())));
        return Jsons.createObjectBuilder().add("lraId", stockReturn.lraId()).add("state", stockReturn.state().name())
                .add("lines", lines).build();
    }
}
