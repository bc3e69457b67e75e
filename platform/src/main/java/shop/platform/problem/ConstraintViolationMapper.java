package shop.platform.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures at the boundary: 400 {@code VALIDATION_FAILED}, one
 * {@code {field, message}} per violation, with the field named as the client sent it
 * (the bean property path, without the Java method and parameter names).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.isEmpty() ? "The request is not valid."
                : errors.get(0).field() + ": " + errors.get(0).message();
        return new Problem(ErrorCode.VALIDATION_FAILED, 400, detail, errors).toResponse();
    }

    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                // A query or path parameter: its own name is the best the client knows.
                field.setLength(0);
                field.append(node.getName());
                continue;
            }
            if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0 && isJavaParameter(field)) {
                    field.setLength(0);
                }
                if (node.getIndex() != null && field.length() > 0) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /** A request body parameter shows up as "arg0" or its Java name; the client never saw it. */
    private static boolean isJavaParameter(StringBuilder field) {
        return field.indexOf(".") < 0 && field.indexOf("[") < 0;
    }
}
