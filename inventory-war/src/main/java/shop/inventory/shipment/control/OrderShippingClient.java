package shop.inventory.shipment.control;

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
 * order-war's shipping step ({@code order-internal/mp-rest/url}): moves the order to SHIPPED or
 * refuses. The same shipment asked again answers the same, so a retry is safe.
 */
@RegisterRestClient(configKey = "order-internal")
@RegisterProvider(ServiceAuthentication.class)
@RegisterProvider(DownstreamProblems.class)
@Path("internal/orders")
public interface OrderShippingClient {

    @PUT
    @Path("{orderId}/shipment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Bulkhead(16)
    JsonObject ship(@PathParam("orderId") String orderId, JsonObject shipment);
}
