package shop.platform.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The last resort: anything unexpected is logged once with an incident id and answered 500
 * with that id only, so no stack trace, SQL or secret reaches the client. A write that lost a
 * race on a versioned row is not unexpected: 409, try again.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (OversizedBody.causedBy(exception)) {
            return OversizedBody.problem();
        }
        if (isUnreadableJson(exception)) {
            // The runtime may wrap a body it could not parse in a ProcessingException.
            return Problem.of(ErrorCode.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape.").toResponse();
        }
        if (lostARace(exception)) {
            // Two writes to the same row (a @Version): the later one lost and changed nothing.
            return Problem.of(ErrorCode.CONFLICT, "Somebody changed this at the same moment; reload and try again.").toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, exception);
        return Problem.of(ErrorCode.INTERNAL_ERROR, "Unexpected error; incident " + incident + ".").toResponse();
    }

    static boolean lostARace(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            // At a JTA commit EclipseLink may throw its own exception rather than the JPA one.
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnreadableJson(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.json.stream.JsonParsingException) {
                return true;
            }
        }
        return false;
    }
}
