package shop.order.returns.boundary;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.order.returns.control.ReturnDesk;
import shop.order.returns.entity.OrderReturn;
import shop.platform.json.Jsons;

/**
 * A shopper's returns of one of their orders (CONTRACT.md): {@code POST} asks to send back some
 * lines, or everything not asked back yet, within the return window after delivery.
 */
@Path("orders/{orderId}/returns")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class OrderReturnResource {

    @Inject
    JsonWebToken caller;

    @Inject
    ReturnDesk returns;

    /** What to send back and why; all lines when {@code lines} is omitted. */
    public record ReturnRequest(
            @NotBlank @Size(max = 200) String reason,
            @Size(min = 1, max = 100) List<@NotNull @Valid Line> lines) {
    }

    /** Units of one order line. */
    public record Line(@NotBlank @Size(max = 36) String lineId, @NotNull @Min(1) @Max(999) Integer quantity) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to return goods of one of my delivered orders (all lines when none are given)")
    public Response request(@PathParam("orderId") @Size(max = 36) String orderId, @NotNull @Valid ReturnRequest request) {
        Map<String, Integer> wanted = null;
        if (request.lines() != null) {
            wanted = new LinkedHashMap<>();
            for (Line line : request.lines()) {
                wanted.merge(line.lineId(), line.quantity(), Integer::sum);
            }
        }
        OrderReturn created = returns.request(orderId, caller.getSubject(), request.reason(), wanted);
        return Response.created(URI.create("orders/" + orderId + "/returns/" + created.id())).entity(ReturnJson.of(created)).build();
    }

    @GET
    @Operation(summary = "The returns of one of my orders, oldest first")
    public JsonObject list(@PathParam("orderId") @Size(max = 36) String orderId) {
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        returns.ofOrder(orderId, caller.getSubject()).forEach(r -> items.add(ReturnJson.of(r)));
        return Jsons.createObjectBuilder().add("items", items).build();
    }
}
