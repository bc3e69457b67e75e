package shop.platform.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;

/**
 * A token sent to any endpoint, public ones included, must be valid (CONTRACT.md). Liberty's
 * mpJwt verifies a bearer token whenever one is sent (signature against the JWKS, issuer,
 * audience, expiry) and sets the caller; a request that carries credentials but has no caller
 * carried bad ones, and gets the shop's 401 before anything else happens.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()
                && request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Problem.of(ErrorCode.UNAUTHORIZED, "The bearer token is not valid.").toResponse());
        }
    }
}
