package shop.inventory.shipment.control;

import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.problem.DownstreamProblems;
import shop.platform.problem.ProblemException;

/**
 * How the sandbox carrier reaches the shop's tracking callback ({@code sandbox-carrier/mp-rest/url}).
 * A repeated update is recorded once, so delivery is retried while the shop is unavailable.
 */
@RegisterRestClient(configKey = "sandbox-carrier")
@RegisterProvider(DownstreamProblems.class)
@Path("carriers/sandbox/callbacks")
public interface SandboxCarrierClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = ProblemException.class)
    Response deliver(JsonObject callback);
}
