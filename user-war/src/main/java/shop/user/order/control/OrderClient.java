package shop.user.order.control;

import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import shop.platform.problem.DownstreamProblems;
import shop.platform.problem.ProblemException;

/**
 * order-war's {@code GET /order/orders} ({@code order-internal/mp-rest/url}), called with the
 * shopper's own bearer token: order-war lists only that token's orders, so user-war never decides
 * whose orders are shown. A read, so retried once; a refusal (401, 400) is an answer and neither
 * is retried nor opens the circuit. Tunable by configuration, e.g.
 * {@code shop.user.order.control.OrderClient/mine/Timeout/value}.
 */
@RegisterRestClient(configKey = "order-internal")
@RegisterProvider(DownstreamProblems.class)
@Path("orders")
public interface OrderClient {

    /** {@code {items: [order summary], page, size, total}}, newest first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @Bulkhead(32)
    JsonObject mine(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("page") int page,
            @QueryParam("size") int size);
}
