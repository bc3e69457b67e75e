package shop.order.cart.control;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.problem.DownstreamProblems;
import shop.platform.problem.ProblemException;
import shop.platform.security.ServiceAuthentication;

/**
 * inventory-war's stock of the cart's SKUs ({@code inventory-internal/mp-rest/url}). A read, so
 * retried; when inventory cannot answer the cart is still shown, with its stock unknown.
 */
@RegisterRestClient(configKey = "inventory-internal")
@RegisterProvider(ServiceAuthentication.class)
@RegisterProvider(DownstreamProblems.class)
@Path("internal/stock")
public interface StockClient {

    /** {@code [{skuId, available, reserved}]}; SKUs without stock are left out. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Bulkhead(32)
    @Fallback(fallbackMethod = "unknown")
    JsonArray of(@QueryParam("skuId") List<String> skuIds);

    /** Stock unknown: the cart shows its lines without a stock figure. */
    default JsonArray unknown(List<String> skuIds) {
        return JsonValue.EMPTY_JSON_ARRAY;
    }
}
