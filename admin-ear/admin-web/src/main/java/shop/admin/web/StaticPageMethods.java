package shop.admin.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The back-office's pages are static files, which the server would also "serve" to a POST or a
 * DELETE; they answer only reads, and anything else gets the shop's 405 problem (through the
 * platform's error page).
 */
@WebFilter(urlPatterns = "/*")
public class StaticPageMethods extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/_problem") || READS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Allow", "GET, HEAD, OPTIONS");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}
