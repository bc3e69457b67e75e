package shop.payment.payment.boundary;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.payment.payment.control.Payments;
import shop.payment.payment.control.SandboxProvider;
import shop.payment.payment.entity.Payment;
import shop.platform.idempotency.Idempotent;
import shop.platform.json.Jsons;

/**
 * {@code POST /payment/sandbox/pay/{paymentId}}: the shopper pays through the sandbox provider
 * with the outcome they choose; the result arrives later through the provider's callback.
 */
@Path("sandbox/pay")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class SandboxPayResource {

    @Inject
    JsonWebToken caller;

    @Inject
    Payments payments;

    @Inject
    SandboxProvider sandbox;

    /** What the shopper wants the sandbox to do. */
    public record Attempt(@NotNull @Pattern(regexp = "success|fail", message = "must be success or fail") String outcome) {
    }

    @POST
    @Path("{paymentId}")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pay with the sandbox provider (202; the provider calls back); again after a failure")
    public Response pay(@PathParam("paymentId") @Size(max = 36) String paymentId, @NotNull @Valid Attempt attempt) {
        // Paying in the sandbox is choosing it at the cashier (a payment started with another provider switches back).
        Payment payment = payments.payWith(paymentId, caller.getSubject(), "sandbox");
        sandbox.pay(payment, "success".equals(attempt.outcome()));
        return Response.accepted(Jsons.createObjectBuilder()
                .add("paymentId", payment.id())
                .add("outcome", attempt.outcome())
                .add("status", payment.status().name())
                .build()).build();
    }
}
