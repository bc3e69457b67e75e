package shop.promo.ranking.boundary;

import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.problem.DownstreamProblems;
import shop.platform.problem.ProblemException;

/**
 * catalog-war's public reads, over the internal surface ({@code catalog-internal/mp-rest/url}):
 * a product's detail, published products of a category or brand, the category tree. Reads, so
 * retried once; a refusal (404) is an answer, not a failure, and never opens the circuit. Callers
 * go through {@code CatalogLookups}, which falls back to what the promo service already knows.
 * Retry and circuit breaker hold for each method (a circuit per method). Every value can be
 * changed by configuration: {@code shop.promo.ranking.boundary.CatalogClient/product/Timeout/value},
 * {@code shop.promo.ranking.boundary.CatalogClient/CircuitBreaker/delay}, and so on.
 */
@RegisterRestClient(configKey = "catalog-internal")
@RegisterProvider(DownstreamProblems.class)
@Produces(MediaType.APPLICATION_JSON)
@Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = ProblemException.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = ProblemException.class)
public interface CatalogClient {

    /** {@code GET /catalog/products/{id}}: a published product with its SKUs; 404 otherwise. */
    @GET
    @Path("products/{id}")
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Bulkhead(16)
    JsonObject product(@PathParam("id") String productId);

    /** {@code GET /catalog/products}: published products (a category includes its sub-categories), newest first. */
    @GET
    @Path("products")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Bulkhead(8)
    JsonObject products(@QueryParam("categoryId") String categoryId, @QueryParam("brandId") String brandId,
            @QueryParam("size") int size);

    /** {@code GET /catalog/categories}: the enabled category tree. */
    @GET
    @Path("categories")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Bulkhead(4)
    JsonArray categories();
}
