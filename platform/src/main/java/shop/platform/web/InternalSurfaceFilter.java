package shop.platform.web;

import java.io.IOException;

import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a service's internal paths off the public surface: {@code /internal/*} (saga
 * participant callbacks and service-to-service endpoints) and Narayana's participant proxy
 * ({@code /lra-participant-proxy/*}), which its jar brings into every participating WAR. A request reaches them only through
 * the internal HTTP endpoint (loopback, {@code shop.internal.port}); on the public endpoint
 * they do not exist (404), so their existence is not revealed either.
 */
@WebFilter(urlPatterns = {"/internal/*", "/lra-participant-proxy/*"}, asyncSupported = true)
public class InternalSurfaceFilter extends HttpFilter {

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
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"No such resource.\",\"code\":\"NOT_FOUND\"}");
    }
}
