package shop.platform.security;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * For REST clients of other services' internal endpoints
 * ({@code @RegisterProvider(ServiceAuthentication.class)}): every request carries this service's
 * token ({@link ServiceTokens}) unless it already carries a caller's. A 401 or 403 back means
 * our token was refused, never the shopper's fault: the token is forgotten (the next call fetches
 * a new one) and the call fails as an unavailable dependency (503), which fault tolerance may retry.
 */
@Priority(4000)
public class ServiceAuthentication implements ClientRequestFilter, ResponseExceptionMapper<RuntimeException> {

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens().token());
        }
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status == 401 || status == 403;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        tokens().forget();
        return new WebApplicationException("our service token was refused (" + response.getStatus() + ")",
                Response.Status.SERVICE_UNAVAILABLE);
    }

    @Override
    public int getPriority() {
        // Before DownstreamProblems (default priority), which would pass a 401 on to the shopper.
        return 4000;
    }

    private static ServiceTokens tokens() {
        return CDI.current().select(ServiceTokens.class).get();
    }
}
