package shop.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * Refuses a JSON body with a NUL character ({@code \u0000}) in any of its strings, with 400
 * {@code VALIDATION_FAILED}: PostgreSQL cannot store one in text, so it would otherwise end as a
 * 500 deep in a transaction. Every other character a shopper may type is stored verbatim.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class NulCharacterCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || request.getMediaType() == null || !request.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !request.getMediaType().getSubtype().endsWith("+json")) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        if (containsNulEscape(body)) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, "Text must not contain NUL characters (\\u0000).");
        }
    }

    /**
     * Whether JSON text holds the escape {@code \u0000}: a {@code u0000} after an odd run of
     * backslashes ({@code \\u0000} is a backslash followed by the letters "u0000").
     */
    static boolean containsNulEscape(byte[] json) {
        int i = 0;
        while (i < json.length) {
            if (json[i] != '\\') {
                i++;
                continue;
            }
            int run = 0;
            while (i < json.length && json[i] == '\\') {
                run++;
                i++;
            }
            if (run % 2 == 1 && i + 4 < json.length && json[i] == 'u'
                    && json[i + 1] == '0' && json[i + 2] == '0' && json[i + 3] == '0' && json[i + 4] == '0') {
                return true;
            }
        }
        return false;
    }
}
