package shop.user.account.boundary;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;
import shop.platform.security.ServiceTokens;
import shop.user.account.control.Accounts;
import shop.user.account.entity.Account;

/**
 * An access token outlives a disabled or deleted account by up to its 15 minutes; user-war, which
 * owns accounts, does not wait: a signed-in request whose account is disabled or deleted is 401,
 * as if the token had expired. (Other services honour the token until it expires; refresh is
 * refused at once.) Service tokens name no account and are not checked here.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 1)
public class ClosedAccountCheck implements ContainerRequestFilter {

    @Inject
    Accounts accounts;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller instanceof JsonWebToken token && token.getSubject() != null
                && !token.getGroups().contains(ServiceTokens.GROUP)
                && accounts.find(token.getSubject()).filter(Account::mayLogIn).isEmpty()) {
            request.abortWith(Problem.of(ErrorCode.UNAUTHORIZED, "The account is disabled or deleted.").toResponse());
        }
    }
}
