package shop.order.checkout.control;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.problem.DownstreamProblems;
import shop.platform.problem.ProblemException;
import shop.platform.security.ServiceAuthentication;

/** user-war's address book, for the snapshot an order keeps ({@code user-internal/mp-rest/url}). */
@RegisterRestClient(configKey = "user-internal")
@RegisterProvider(ServiceAuthentication.class)
@RegisterProvider(DownstreamProblems.class)
@Path("internal/addresses")
public interface AddressClient {

    /** The address if it is the owner's; a 404 problem otherwise. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Bulkhead(64)
    JsonObject ofOwner(@PathParam("id") String addressId, @QueryParam("owner") String userId);
}
