package shop.order.checkout.control;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.problem.DownstreamProblems;
import shop.platform.problem.ProblemException;
import shop.platform.security.ServiceAuthentication;

/** catalog-war's prices for checkout ({@code catalog-internal/mp-rest/url}); a read, so retried. */
@RegisterRestClient(configKey = "catalog-internal")
@RegisterProvider(ServiceAuthentication.class)
@RegisterProvider(DownstreamProblems.class)
@Path("internal/skus")
public interface CatalogClient {

    /** The SKUs among {@code ids} that can be bought now, with price and snapshot; others are left out. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Bulkhead(64)
    JsonArray forSale(@QueryParam("id") List<String> skuIds);
}
