package shop.user.product.control;

import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.platform.problem.DownstreamProblems;
import shop.platform.problem.ProblemException;

/**
 * catalog-war's product detail, over the internal surface ({@code catalog-internal/mp-rest/url}).
 * A read, so retried once; a 404 (not published, deleted, never existed) is an answer, not a
 * failure, so it neither is retried nor opens the circuit. Values can be tuned by configuration,
 * e.g. {@code shop.user.product.control.CatalogClient/product/Timeout/value}.
 */
@RegisterRestClient(configKey = "catalog-internal")
@RegisterProvider(DownstreamProblems.class)
@Path("products")
public interface CatalogClient {

    /** {@code GET /catalog/products/{id}}: a published product with its SKUs and images; 404 otherwise. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @Bulkhead(32)
    JsonObject product(@PathParam("id") String productId);
}
