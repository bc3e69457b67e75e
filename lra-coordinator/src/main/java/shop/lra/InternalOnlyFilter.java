package shop.lra;

import java.io.IOException;

import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The coordinator belongs to the internal surface: whoever can reach its API can close or
 * cancel any saga. Requests that did not arrive on the internal (loopback) endpoint get the
 * same 404 as an unknown path.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class InternalOnlyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private int internalPort;

    @Override
    public void init() {
        internalPort = ConfigProvider.getConfig().getOptionalValue("shop.internal.port", Integer.class).orElse(9081);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getLocalPort() == internalPort) {
            if (!ManagedRecoveryPasses.recovered()) {
                // Sagas of the previous run are not loaded yet: "try again", never "no such LRA".
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "1");
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                        + "\"detail\":\"The coordinator is recovering.\",\"code\":\"SERVICE_UNAVAILABLE\"}");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"No such resource.\",\"code\":\"NOT_FOUND\"}");
    }
}
