package shop.platform.security;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** user-war's service token endpoint on the internal surface ({@code POST /user/internal/service-tokens}). */
@Path("internal/service-tokens")
public interface ServiceTokenApi {

    /** {@code {service, credential}} in, {@code {accessToken, tokenType, expiresIn}} out. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject issue(JsonObject request);
}
