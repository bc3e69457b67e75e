package shop.payment.refund.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.payment.refund.control.Refunds;
import shop.platform.security.ServiceTokens;

/**
 * Refunds asked by order-war (internal surface only), keyed by the refund request id in the
 * path: {@code PUT} again with the same body answers the same refund and moves no more money.
 */
@Path("internal/refunds/{refundId}")
@RolesAllowed(ServiceTokens.GROUP)
@Produces(MediaType.APPLICATION_JSON)
public class RefundRequestResource {

    @Inject
    Refunds refunds;

    /** A refund of part or all of a payment. */
    public record RefundBody(
            @NotBlank @Size(max = 36) String paymentId,
            @NotBlank @Size(max = 36) String orderId,
            @NotNull @Min(1) Long amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z_]+") String reason) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject refund(@PathParam("refundId") @NotBlank @Size(max = 36) @Pattern(regexp = "[A-Za-z0-9-]+") String refundId,
            @NotNull @Valid RefundBody body) {
        return RefundResource.json(refunds.request(new Refunds.RefundRequest(refundId, body.paymentId(), body.orderId(), body.amount(),
                body.currency(), body.reason())));
    }
}
