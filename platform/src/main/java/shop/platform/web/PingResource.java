package shop.platform.web;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /<service>/ping}: the smallest answer a service's JAX-RS stack gives (the same
 * filters as every endpoint, no database). Load balancers can probe it; benchmarks measure
 * the other endpoints against it on the same server.
 */
@Path("ping")
@PermitAll
public class PingResource {

    private static final String PONG = "{\"status\":\"UP\"}";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answers {\"status\":\"UP\"} without touching anything else")
    public String ping() {
        return PONG;
    }
}
