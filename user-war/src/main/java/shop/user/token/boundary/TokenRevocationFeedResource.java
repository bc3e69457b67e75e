package shop.user.token.boundary;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.json.Jsons;
import shop.platform.problem.ProblemException;
import shop.platform.security.ServiceTokens;
import shop.user.token.control.TokenRevocations;

/**
 * Recent token revocations for services that (re)subscribe and may have missed some
 * ({@code GET /user/internal/token-revocations?since=}), internal surface, service tokens only.
 */
@Path("internal/token-revocations")
@RolesAllowed(ServiceTokens.GROUP)
public class TokenRevocationFeedResource {

    @Inject
    TokenRevocations revocations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonArray since(@QueryParam("since") @NotBlank @Size(max = 40) String since) {
        OffsetDateTime from;
        try {
            from = OffsetDateTime.parse(since);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("since", "must be an ISO-8601 date-time with offset");
        }
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        revocations.since(from).forEach(r -> list.add(Jsons.createObjectBuilder()
                .add("userId", r.userId()).add("revokedBefore", r.before().toString())));
        return list.build();
    }
}
