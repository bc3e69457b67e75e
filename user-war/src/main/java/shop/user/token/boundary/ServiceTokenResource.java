package shop.user.token.boundary;

import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.platform.json.Jsons;
import shop.platform.problem.ProblemException;
import shop.platform.security.ServiceCredential;
import shop.user.token.control.AccessTokens;

/**
 * Service tokens, on the internal surface only ({@code POST /user/internal/service-tokens}): a
 * service shows its {@link ServiceCredential} and gets a short-lived token with the group
 * {@code service}, which other services' internal endpoints require. A wrong credential is a 401
 * that says nothing about which part was wrong.
 */
@Path("internal/service-tokens")
@PermitAll
public class ServiceTokenResource {

    private static final Logger LOG = Logger.getLogger(ServiceTokenResource.class.getName());

    /** What a service shows: its name and its credential. */
    public record ServiceTokenRequest(
            @NotBlank @Size(max = 31) @Pattern(regexp = "[a-z][a-z0-9-]{1,30}") String service,
            @NotBlank @Size(max = 200) String credential) {
    }

    @Inject
    AccessTokens tokens;

    @Inject
    @ConfigProperty(name = "shop.service.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "shop.service.token-ttl-seconds", defaultValue = "600")
    int ttlSeconds;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject issue(@NotNull @Valid ServiceTokenRequest request) {
        if (!ServiceCredential.matches(secret.orElse(""), request.service(), request.credential())) {
            LOG.warning("service token refused for '" + request.service() + "': wrong credential or no service secret");
            throw ProblemException.unauthorized("The service credential is not valid.");
        }
        return Jsons.createObjectBuilder()
                .add("accessToken", tokens.issueForService(request.service(), ttlSeconds))
                .add("tokenType", "Bearer")
                .add("expiresIn", ttlSeconds)
                .build();
    }
}
