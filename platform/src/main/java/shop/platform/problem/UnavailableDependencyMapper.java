package shop.platform.problem;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A call to another service that Fault Tolerance gave up on (timeout, open circuit, full
 * bulkhead) and that had no fallback: the shop is briefly unable to answer, not broken, so 503
 * with {@code Retry-After} instead of a 500.
 */
@Provider
public class UnavailableDependencyMapper implements ExceptionMapper<FaultToleranceException> {

    @Override
    public Response toResponse(FaultToleranceException exception) {
        return Response.fromResponse(Problem.of(ErrorCode.SERVICE_UNAVAILABLE,
                "A service this request needs is not answering; try again shortly.").toResponse())
                .header("Retry-After", "5").build();
    }
}
