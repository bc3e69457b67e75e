package shop.payment.payment.boundary;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.payment.payment.control.Payments;
import shop.payment.payment.entity.Payment;
import shop.platform.problem.ProblemException;

/** {@code GET /payment/payments/{id}}: the payment's shopper, or finance staff. */
@Path("payments")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    JsonWebToken caller;

    @Inject
    Payments payments;

    @GET
    @Path("{id}")
    @Operation(summary = "A payment: mine, or any for finance")
    public JsonObject find(@PathParam("id") @Size(max = 36) String id) {
        Payment payment = caller.getGroups().contains("finance")
                ? payments.find(id).orElseThrow(() -> ProblemException.notFound("No such payment."))
                : payments.ofUser(id, caller.getSubject());
        return json(payment);
    }

    static JsonObject json(Payment p) {
        return Json.createObjectBuilder()
                .add("id", p.id())
                .add("orderId", p.orderId())
                .add("amount", p.amount())
                .add("currency", p.currency())
                .add("status", p.status().name())
                .add("refunded", p.refundedAmount())
                .add("provider", p.provider())
                .build();
    }
}
