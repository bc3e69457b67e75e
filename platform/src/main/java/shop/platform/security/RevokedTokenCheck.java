package shop.platform.security;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;

/**
 * A token whose user was disabled, deleted or given other roles after it was issued is refused
 * with 401 in every service, as soon as the service has heard of it ({@link RevokedTokens}),
 * not only when it expires.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 2)
public class RevokedTokenCheck implements ContainerRequestFilter {

    @Inject
    RevokedTokens revoked;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller instanceof JsonWebToken token && token.getSubject() != null
                && revoked.revoked(token.getSubject(), token.getIssuedAtTime())) {
            request.abortWith(Problem.of(ErrorCode.UNAUTHORIZED, "The token was revoked; sign in again.").toResponse());
        }
    }
}
