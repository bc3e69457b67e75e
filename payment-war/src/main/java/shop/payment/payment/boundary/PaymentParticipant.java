package shop.payment.payment.boundary;

import static org.eclipse.microprofile.lra.annotation.ws.rs.LRA.LRA_HTTP_CONTEXT_HEADER;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.payment.payment.control.Payments;
import shop.payment.payment.entity.Payment;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.saga.Sagas;
import shop.platform.security.ServiceTokens;

/**
 * Payment's part in the checkout saga, on the internal surface only: creating the payment joins
 * the caller's LRA ({@code ?lraId=}); the coordinator then calls {@code complete} (the payment is checked again:
 * only a succeeded one completes) or {@code compensate} (void, or refund if money arrived).
 */
@Path("internal/payments")
@RolesAllowed(ServiceTokens.GROUP)
public class PaymentParticipant {

    @Inject
    Payments payments;

    @Inject
    Sagas sagas;

    /** Where the coordinator calls this participant back ({@code /complete}, {@code /compensate}). */
    @Inject
    @ConfigProperty(name = "shop.payment.saga-participant-url")
    URI participant;

    /**
     * Fault injection for tests of the compensation path: creating a payment for a shopper whose
     * username matches this pattern fails as if the provider were down. Unset in production.
     */
    @Inject
    @ConfigProperty(name = "shop.payment.fault.refuse-creation-for")
    Optional<Pattern> refuseCreationFor;

    /** Fault injection for crash tests: creating a payment for a matching username first waits this long. */
    @Inject
    @ConfigProperty(name = "shop.payment.fault.delay-creation-for")
    Optional<Pattern> delayCreationFor;

    @Inject
    @ConfigProperty(name = "shop.payment.fault.delay", defaultValue = "PT30S")
    Duration delay;

    /** What checkout asks to be paid. */
    public record PaymentRequest(
            @NotBlank @Size(max = 36) String orderId,
            @NotBlank @Size(max = 36) String userId,
            @Size(max = 100) String username,
            @NotNull @Min(0) Long amount,
            @NotNull @jakarta.validation.constraints.Pattern(regexp = "[A-Z]{3}") String currency) {
    }

    /**
     * Joins the saga named by {@code lraId}, then creates its payment. A refusal does not cancel
     * the saga by itself: the checkout that asked decides.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject create(@QueryParam("lraId") @NotNull URI lraId, @NotNull @Valid PaymentRequest request) {
        if (refuseCreationFor.isPresent() && request.username() != null && refuseCreationFor.get().matcher(request.username()).matches()) {
            throw new ProblemException(ErrorCode.SERVICE_UNAVAILABLE, "The payment provider is unavailable (injected fault).");
        }
        if (delayCreationFor.isPresent() && request.username() != null && delayCreationFor.get().matcher(request.username()).matches()) {
            pause();
        }
        sagas.join(lraId, participant, Duration.ZERO);
        Payment payment = payments.create(lraId.toString(), request.orderId(), request.userId(), request.amount(), request.currency());
        return PaymentResource.json(payment);
    }

    private void pause() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PUT
    @Path("complete")
    @Complete
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        if (!payments.sagaClosed(lraId.toString())) {
            // The payment exists but was not paid: the saga must not have closed. Reported as a
            // failure (the coordinator records it), not retried.
            return Response.serverError().entity(ParticipantStatus.FailedToComplete.name()).build();
        }
        return Response.ok(ParticipantStatus.Completed.name()).build();
    }

    /**
     * A payment's status, for the order's own complete callback, which checks the payment again
     * before it marks the order paid; 404 for an unknown payment.
     */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject status(@PathParam("id") @Size(max = 36) String id) {
        Payment payment = payments.find(id).orElseThrow(() -> ProblemException.notFound("No such payment."));
        return Jsons.createObjectBuilder().add("id", payment.id()).add("status", payment.status().name()).build();
    }

    @PUT
    @Path("compensate")
    @Compensate
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        payments.sagaCancelled(lraId.toString());
        return Response.ok(ParticipantStatus.Compensated.name()).build();
    }
}
