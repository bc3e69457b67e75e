package shop.platform.security;

import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;

/**
 * An endpoint that needs a role ({@code @RolesAllowed}), called without a token, is refused with
 * the shop's 401 problem rather than the container's empty challenge. Which roles may call it
 * is still decided by {@code @RolesAllowed}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class CallerRequired implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null && needsCaller()) {
            request.abortWith(Problem.of(ErrorCode.UNAUTHORIZED, "A valid bearer token is required.").toResponse());
        }
    }

    private boolean needsCaller() {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        Class<?> type = resource.getResourceClass();
        return method.isAnnotationPresent(RolesAllowed.class)
                || (type.isAnnotationPresent(RolesAllowed.class) && !type.isAnnotationPresent(PermitAll.class));
    }
}
