package shop.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by a use case to answer with a problem: the JAX-RS mapper turns it into the
 * problem+json response. Headers (such as {@code Retry-After}) travel with it.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final Map<String, String> headers;

    public ProblemException(ErrorCode code, String detail) {
        this(Problem.of(code, detail), Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.code() + ": " + problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ErrorCode.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ErrorCode.CONFLICT, detail);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(ErrorCode.UNAUTHORIZED, detail);
    }

    /** A 400 VALIDATION_FAILED naming one field. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem(ErrorCode.VALIDATION_FAILED, 400, field + ": " + message,
                List.of(new Problem.FieldError(field, message))), Map.of());
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
