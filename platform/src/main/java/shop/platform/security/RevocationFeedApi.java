package shop.platform.security;

import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** user-war's recent token revocations on the internal surface ({@code GET /user/internal/token-revocations}). */
@Path("internal/token-revocations")
public interface RevocationFeedApi {

    /** {@code [{userId, revokedBefore}]} of revocations at or after {@code since} (ISO-8601). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    JsonArray since(@QueryParam("since") String since);
}
