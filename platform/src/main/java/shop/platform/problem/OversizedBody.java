package shop.platform.problem;

import jakarta.ws.rs.core.Response;

/**
 * A body cut off by the server's message size limit while it was read (Liberty's
 * {@code MessageTooLargeException}, for a chunked body that announced no length): whatever
 * wrapped it on the way up (a parse error, a processing error), the answer is 413.
 */
final class OversizedBody {

    private static final String LIBERTY_LIMIT = "MessageTooLargeException";

    private OversizedBody() {
    }

    static boolean causedBy(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals(LIBERTY_LIMIT)) {
                return true;
            }
        }
        return false;
    }

    static Response problem() {
        return Problem.of(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than this server accepts.").toResponse();
    }
}
