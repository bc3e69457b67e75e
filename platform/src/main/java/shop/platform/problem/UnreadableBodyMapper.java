package shop.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that JSON-B cannot read (broken JSON, a string where a number belongs): 400, never 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        if (OversizedBody.causedBy(exception)) {
            return OversizedBody.problem();
        }
        return Problem.of(ErrorCode.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape.").toResponse();
    }
}
