package shop.order.checkout.boundary;

import static org.eclipse.microprofile.lra.annotation.ws.rs.LRA.LRA_HTTP_CONTEXT_HEADER;

import java.net.URI;

import org.eclipse.microprofile.lra.annotation.Compensate;
import org.eclipse.microprofile.lra.annotation.Complete;
import org.eclipse.microprofile.lra.annotation.ParticipantStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.order.checkout.control.OrderBook;
import shop.order.checkout.control.PaymentCheck;
import shop.platform.security.ServiceTokens;

/**
 * The order's own part in its checkout saga (internal surface only), enlisted by
 * {@code Checkout} through the coordinator's join API: closing the saga marks the order paid,
 * (once payment-war confirms the order's payment succeeded: the callback checks the work it
 * completes), cancelling it cancels the order (or rejects a checkout still in progress). Both are
 * idempotent and accept a saga this service never recorded (annotated, so the LRA filter
 * passes the saga's header through); they answer at once, so no
 * status callback is offered and the coordinator simply calls them again after a failure.
 */
@Path("internal/checkout-saga")
@RolesAllowed(ServiceTokens.GROUP)
@Produces(MediaType.TEXT_PLAIN)
public class CheckoutSagaParticipant {

    @Inject
    OrderBook orders;

    @Inject
    PaymentCheck payments;

    @PUT
    @Path("complete")
    @Complete
    @PermitAll
    @Operation(hidden = true)
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) @NotNull URI lraId) {
        if (!payments.paidFor(lraId.toString())) {
            // Only a verified payment closes a checkout saga: a close without one is reported, never turned into a paid order.
            return Response.serverError().entity(ParticipantStatus.FailedToComplete.name()).build();
        }
        orders.sagaClosed(lraId.toString());
        return Response.ok(ParticipantStatus.Completed.name()).build();
    }

    @PUT
    @Path("compensate")
    @Compensate
    @PermitAll
    @Operation(hidden = true)
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) @NotNull URI lraId) {
        orders.sagaCancelled(lraId.toString());
        return Response.ok(ParticipantStatus.Compensated.name()).build();
    }
}
