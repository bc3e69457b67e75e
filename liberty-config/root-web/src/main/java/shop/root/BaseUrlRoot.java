package shop.root;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The base URL's root ({@code /}): a small index of where things are, and for any path that no
 * service owns the same problem+json 404 the services answer, instead of the server's HTML page.
 */
@WebServlet(urlPatterns = "/")
public class BaseUrlRoot extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String INDEX = "{\"services\":[\"/user\",\"/catalog\",\"/inventory\",\"/order\",\"/payment\","
            + "\"/promo\",\"/search\",\"/admin\"],\"openapi\":\"/openapi\",\"health\":\"/health/ready\"}";

    private static final String NOT_FOUND = "{\"type\":\"https://shop.example/problems/not-found\",\"title\":\"Not Found\","
            + "\"status\":404,\"detail\":\"No such resource.\",\"code\":\"NOT_FOUND\"}";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setCharacterEncoding("UTF-8");
        boolean root = "/".equals(request.getServletPath()) && request.getPathInfo() == null;
        if (root && "GET".equals(request.getMethod())) {
            response.setContentType("application/json");
            response.getWriter().write(INDEX);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/problem+json");
        response.getWriter().write(NOT_FOUND);
    }
}
