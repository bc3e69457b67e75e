package shop.platform.problem;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import shop.platform.json.Jsons;

/**
 * Turns another service's error answer into an exception for REST clients
 * ({@code @RegisterProvider(DownstreamProblems.class)}): a 4xx problem becomes a
 * {@link ProblemException} with the same code, so a refusal such as {@code OUT_OF_STOCK}
 * reaches the shopper unchanged; a 5xx becomes a 503 {@link WebApplicationException}, which
 * fault tolerance may retry and the shopper sees as "unavailable", never as our own 500.
 */
public class DownstreamProblems implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new WebApplicationException("downstream answered " + status, Response.Status.SERVICE_UNAVAILABLE);
        }
        return new ProblemException(read(response), java.util.Map.of());
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    static Problem read(Response response) {
        int status = response.getStatus();
        // 410: the LRA coordinator or a participant reports the saga already ended.
        ErrorCode code = status == 410 ? ErrorCode.INVALID_STATE : ErrorCode.forStatus(status);
        String detail = null;
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (!body.isBlank()) {
                try (var reader = Jsons.createReader(new StringReader(body))) {
                    JsonObject problem = reader.readObject();
                    code = codeOf(problem.getString("code", null), code);
                    detail = problem.getString("detail", null);
                    for (JsonValue error : problem.getJsonArray("errors") == null ? List.<JsonValue>of() : problem.getJsonArray("errors")) {
                        JsonObject e = error.asJsonObject();
                        errors.add(new Problem.FieldError(e.getString("field", ""), e.getString("message", "")));
                    }
                }
            }
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            // Not a problem document: keep the code the status stands for.
        }
        return new Problem(code, code.status(), detail, errors);
    }

    private static ErrorCode codeOf(String name, ErrorCode fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return ErrorCode.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }
}
