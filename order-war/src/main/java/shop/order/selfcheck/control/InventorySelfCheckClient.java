package shop.order.selfcheck.control;

import static org.eclipse.microprofile.lra.annotation.ws.rs.LRA.LRA_HTTP_CONTEXT_HEADER;

import java.net.URI;
import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import shop.platform.security.ServiceAuthentication;

/**
 * inventory-war's self-check participant, reached over the internal surface
 * ({@code inventory-internal/mp-rest/url}). Joining is not retried here: a failed join
 * cancels the saga, which is the behaviour the self-check is there to show.
 */
@RegisterRestClient(configKey = "inventory-internal")
@RegisterProvider(ServiceAuthentication.class)
@Path("internal/self-check/saga")
public interface InventorySelfCheckClient {

    @PUT
    @Path("participant")
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    Response join(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId);
}
