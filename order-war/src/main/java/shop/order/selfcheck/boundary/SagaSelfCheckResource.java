package shop.order.selfcheck.boundary;

import static org.eclipse.microprofile.lra.annotation.ws.rs.LRA.LRA_HTTP_CONTEXT_HEADER;

import java.net.URI;

import org.eclipse.microprofile.lra.annotation.ws.rs.LRA;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.order.selfcheck.control.InventorySelfCheckClient;
import shop.platform.json.Jsons;
import shop.platform.security.ServiceTokens;

/**
 * Starts a self-check saga (internal surface only): a new LRA that inventory-war joins and that
 * stays open, so the caller can close or cancel it through the coordinator and then read what
 * the participant recorded.
 */
@Path("internal/self-check/saga")
@RolesAllowed(ServiceTokens.GROUP)
public class SagaSelfCheckResource {

    @Inject
    @RestClient
    InventorySelfCheckClient inventory;

    @Operation(hidden = true)
    @POST
    @LRA(value = LRA.Type.REQUIRES_NEW, end = false)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) URI lraId) {
        try (Response joined = inventory.join(lraId)) {
            if (joined.getStatus() != Response.Status.OK.getStatusCode()) {
                // A 5xx makes the LRA filter cancel the saga, as a failed checkout step would.
                return Response.status(Response.Status.BAD_GATEWAY).build();
            }
        }
        return Response.status(Response.Status.CREATED)
                .entity(Jsons.createObjectBuilder().add("lraId", lraId.toString()).build())
                .build();
    }
}
