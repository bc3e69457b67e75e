package shop.platform.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page of every service (see the platform's web-fragment.xml): errors the container
 * raises outside JAX-RS (a rejected token, a path no servlet serves, a method a servlet does
 * not support) become problem+json too, with their original status.
 */
@WebServlet(name = "shop-container-error", urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/_problem";

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = attribute instanceof Integer code ? code : HttpServletResponse.SC_NOT_FOUND;
        ErrorCode code = ErrorCode.forStatus(status);
        String detail = switch (code) {
            case UNAUTHORIZED -> "A valid bearer token is required.";
            case FORBIDDEN -> "You are not allowed to do this.";
            case NOT_FOUND -> "No such resource.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that method.";
            default -> code.title();
        };
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(new Problem(code, status, detail, java.util.List.of()).toJson().toString());
    }
}
