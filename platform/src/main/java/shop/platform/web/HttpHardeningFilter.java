package shop.platform.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;

/**
 * What every service's responses carry and every request is held to, before any resource runs:
 * <ul>
 * <li>security headers: {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}
 * and {@code frame-ancestors 'none'} (no framing), {@code Referrer-Policy: no-referrer},
 * {@code Strict-Transport-Security} on HTTPS, and {@code Cache-Control: no-store} on answers
 * to requests that carried credentials (unless the resource set its own);</li>
 * <li>CORS for the storefront origins in {@code shop.cors.allowed-origins} (comma-separated;
 * none by default): their requests get {@code Access-Control-Allow-Origin}, their preflights a
 * 204 naming the methods and headers the API uses; any other origin gets no CORS header, so
 * browsers keep its pages out;</li>
 * <li>a request body larger than {@code shop.http.max-request-bytes} (1 MiB) is refused with
 * 413 {@code PAYLOAD_TOO_LARGE} before it is read.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpHardeningFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, Prefer";
    static final String EXPOSED_HEADERS = "Location, Retry-After, Preference-Applied";

    private Set<String> allowedOrigins;

    private long maxRequestBytes;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        allowedOrigins = origins(config.getOptionalValue("shop.cors.allowed-origins", String.class).orElse(""));
        maxRequestBytes = config.getOptionalValue("shop.http.max-request-bytes", Long.class).orElse(1_048_576L);
    }

    static Set<String> origins(String setting) {
        return Arrays.stream(setting.split(",")).map(String::trim).filter(o -> !o.isEmpty()).map(o -> o.replaceAll("/+$", ""))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (request.getHeader("Authorization") != null) {
            response.setHeader("Cache-Control", "no-store");
        }
        String origin = request.getHeader("Origin");
        boolean allowed = origin != null && allowedOrigins.contains(origin);
        if (allowed) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.addHeader("Vary", "Origin");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            refuse(response, Problem.of(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxRequestBytes + " bytes."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        // The client is still sending; closing tells it to stop rather than read the rest for nothing.
        response.setHeader("Connection", "close");
        response.getWriter().write(problem.toJson().toString());
    }
}
