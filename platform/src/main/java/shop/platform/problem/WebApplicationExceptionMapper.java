package shop.platform.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS runtime's own refusals (unknown path, wrong method or media type, unreadable
 * body, unconvertible parameter) as problems. A parameter that cannot be converted is a bad
 * request (400), not the 404 JAX-RS would answer for a query parameter.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (exception instanceof NotFoundException && exception.getCause() != null) {
            return Problem.of(ErrorCode.MALFORMED_REQUEST, "A parameter has a value of the wrong form.").toResponse();
        }
        if (status == 400 && isUnreadableBody(exception)) {
            return Problem.of(ErrorCode.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape.").toResponse();
        }
        ErrorCode code = ErrorCode.forStatus(status);
        Response.ResponseBuilder response = Response.fromResponse(
                new Problem(code, status, detail(code), java.util.List.of()).toResponse());
        // Keep what the client needs to retry correctly (Allow on 405, Retry-After on 429/503).
        copy(exception.getResponse(), response, "Allow");
        copy(exception.getResponse(), response, "Retry-After");
        copy(exception.getResponse(), response, "WWW-Authenticate");
        return response.build();
    }

    private static boolean isUnreadableBody(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return exception.getCause() != null;
    }

    private static void copy(Response from, Response.ResponseBuilder to, String header) {
        String value = from.getHeaderString(header);
        if (value != null) {
            to.header(header, value);
        }
    }

    private static String detail(ErrorCode code) {
        return switch (code) {
            case NOT_FOUND -> "No such resource.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send application/json.";
            case NOT_ACCEPTABLE -> "This resource answers with application/json.";
            case UNAUTHORIZED -> "A valid bearer token is required.";
            case FORBIDDEN -> "You are not allowed to do this.";
            default -> code.title();
        };
    }
}
