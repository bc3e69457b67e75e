package shop.platform.problem;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.json.Jsons;

/**
 * An RFC 9457 problem as the shop sends it: {@code type}, {@code title}, {@code status},
 * {@code detail}, the shop's {@code code}, and for validation failures {@code errors}
 * ({@code [{field, message}]}).
 */
public record Problem(ErrorCode code, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    // Built, not parsed: parsing needs a JAX-RS runtime, and entities throw problems in plain unit tests too.
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final String TYPE_BASE = "https://shop.example/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(ErrorCode code, String detail) {
        return new Problem(code, code.status(), detail, List.of());
    }

    /** One invalid input: the field as the client named it and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("type", TYPE_BASE + code.name().toLowerCase().replace('_', '-'))
                .add("title", code.title())
                .add("status", status)
                .add("detail", detail == null ? code.title() : detail)
                .add("code", code.name());
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Jsons.createArrayBuilder();
            errors.forEach(e -> list.add(Jsons.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            json.add("errors", list);
        }
        return json.build();
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(toJson().toString()).build();
    }
}
