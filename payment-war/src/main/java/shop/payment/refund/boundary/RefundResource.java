package shop.payment.refund.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.payment.refund.control.Refunds;
import shop.payment.refund.entity.Refund;
import shop.platform.json.Jsons;
import shop.platform.problem.ProblemException;

/** Refunds for finance: one by id, or those of a payment or an order. */
@Path("refunds")
@RolesAllowed({"finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class RefundResource {

    @Inject
    Refunds refunds;

    @GET
    @Operation(summary = "The refunds of a payment (paymentId) or of an order (orderId), oldest first")
    public JsonObject list(@QueryParam("paymentId") @Size(max = 36) String paymentId, @QueryParam("orderId") @Size(max = 36) String orderId) {
        if ((paymentId == null) == (orderId == null)) {
            throw ProblemException.invalid("paymentId", "give paymentId or orderId");
        }
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        (paymentId != null ? refunds.ofPayment(paymentId) : refunds.ofOrder(orderId)).forEach(r -> items.add(json(r)));
        return Jsons.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A refund")
    public JsonObject find(@PathParam("id") @Size(max = 36) String id) {
        return json(refunds.find(id));
    }

    static JsonObject json(Refund r) {
        return Jsons.createObjectBuilder()
                .add("id", r.id())
                .add("paymentId", r.paymentId())
                .add("orderId", r.orderId())
                .add("amount", r.amount())
                .add("currency", r.currency())
                .add("reason", r.reason())
                .add("status", r.status().name())
                .add("provider", r.provider())
                .add("createdAt", r.createdAt().toString())
                .build();
    }
}
