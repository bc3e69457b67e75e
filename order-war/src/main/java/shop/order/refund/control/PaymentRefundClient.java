package shop.order.refund.control;

import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.platform.problem.DownstreamProblems;
import shop.platform.problem.ProblemException;
import shop.platform.security.ServiceAuthentication;

/**
 * payment-war's refunds ({@code payment-internal/mp-rest/url}). A refund is keyed by its request
 * id: asking again returns the first outcome and never refunds twice, so retrying is safe.
 */
@RegisterRestClient(configKey = "payment-internal")
@RegisterProvider(ServiceAuthentication.class)
@RegisterProvider(DownstreamProblems.class)
@Path("internal/refunds")
public interface PaymentRefundClient {

    @PUT
    @Path("{refundId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Bulkhead(16)
    JsonObject refund(@PathParam("refundId") String refundId, JsonObject refund);
}
