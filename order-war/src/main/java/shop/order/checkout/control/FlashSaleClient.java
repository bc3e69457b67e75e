package shop.order.checkout.control;

import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.problem.DownstreamProblems;
import shop.platform.problem.ProblemException;
import shop.platform.security.ServiceAuthentication;

/**
 * promo-war's flash sales ({@code promo-internal/mp-rest/url}): a sale's terms, taking units
 * before the checkout saga under a take id the checkout chooses (not retried: the shopper is
 * answered at once; a take not answered is given back under its id), holding them inside the
 * saga, and giving back a take no saga will hold.
 */
@RegisterRestClient(configKey = "promo-internal")
@RegisterProvider(ServiceAuthentication.class)
@RegisterProvider(DownstreamProblems.class)
public interface FlashSaleClient {

    @GET
    @Path("flash-sales/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = ProblemException.class)
    @Bulkhead(32)
    JsonObject find(@PathParam("id") String saleId);

    @PUT
    @Path("internal/flash-sales/{id}/takes/{takeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    // Longer than a burst takes to pass through this server: a take that times out here was often taken there, and is given back.
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = ProblemException.class)
    @Bulkhead(64)
    JsonObject take(@PathParam("id") String saleId, @PathParam("takeId") String takeId, JsonObject take);

    @PUT
    @Path("internal/flash-sale-takes/{takeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = ProblemException.class)
    @Bulkhead(64)
    JsonObject hold(@PathParam("takeId") String takeId, @QueryParam("lraId") String lraId, JsonObject hold);

    @DELETE
    @Path("internal/flash-sale-takes/{takeId}")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ProblemException.class)
    @Bulkhead(64)
    void giveBack(@PathParam("takeId") String takeId);
}
