package shop.platform.saga;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * Starting, joining and ending LRAs through the coordinator ({@code lra.coordinator.url}, the
 * internal surface). Closing and cancelling are idempotent and retried; starting and joining
 * are not, so a failed start never leaves a second saga behind. An LRA the coordinator no
 * longer knows has ended: closing or cancelling it again reports {@link End#GONE}.
 */
@ApplicationScoped
public class Sagas {

    private static final Logger LOG = Logger.getLogger(Sagas.class.getName());

    /** How a close or cancel request ended. */
    public enum End {
        /** The coordinator took the request (it may still be calling participants back). */
        ACCEPTED,
        /** The coordinator no longer knows the LRA: it ended earlier. */
        GONE
    }

    @Inject
    @ConfigProperty(name = "lra.coordinator.url")
    String coordinatorUrl;

    @Inject
    @ConfigProperty(name = "shop.saga.coordinator.read-timeout", defaultValue = "PT10S")
    Duration readTimeout;

    private LraCoordinatorApi coordinator;
    private String base;

    @PostConstruct
    void connect() {
        base = coordinatorUrl.endsWith("/") ? coordinatorUrl : coordinatorUrl + "/";
        coordinator = RestClientBuilder.newBuilder()
                .baseUri(URI.create(base))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                // The statuses are read below (a refused start is 503, a gone LRA GONE); the default mapper would
                // throw the coordinator's own 500 at the shopper first.
                .property("microprofile.rest.client.disableDefaultMapper", true)
                .build(LraCoordinatorApi.class);
    }

    /** A new top-level LRA that the coordinator cancels when {@code timeLimit} has passed. */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public URI start(String clientId, Duration timeLimit) {
        try (Response started = coordinator.start(clientId, timeLimit.toMillis())) {
            if (started.getStatus() != 201 && started.getStatus() != 200) {
                throw unavailable("start", started.getStatus());
            }
            String lra = started.getLocation() != null ? started.getLocation().toString() : started.readEntity(String.class).trim();
            return URI.create(lra);
        }
    }

    /**
     * Enlists a participant whose callbacks are {@code PUT <participant>/compensate} and
     * {@code /complete}. They must answer at once and be idempotent: with no status callback,
     * the coordinator simply calls them again after a failure.
     */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public void join(URI lra, URI participant, Duration timeLimit) {
        String p = participant.toString();
        String links = "<" + p + "/compensate>; rel=\"compensate\"; title=\"compensate URI\"; type=\"text/plain\","
                + " <" + p + "/complete>; rel=\"complete\"; title=\"complete URI\"; type=\"text/plain\"";
        try (Response joined = coordinator.join(uid(lra), timeLimit.toMillis(), links)) {
            if (joined.getStatus() != 200) {
                throw joined.getStatus() == 404 || joined.getStatus() == 410 || joined.getStatus() == 412
                        ? new ProblemException(ErrorCode.INVALID_STATE, "The saga has already ended.")
                        : unavailable("join", joined.getStatus());
            }
        }
    }

    /** Asks the coordinator to close the LRA: every participant completes. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ProblemException.class)
    public End close(URI lra) {
        return end(lra, true);
    }

    /** Asks the coordinator to cancel the LRA: every participant compensates. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ProblemException.class)
    public End cancel(URI lra) {
        return end(lra, false);
    }

    private End end(URI lra, boolean close) {
        try (Response ended = close ? coordinator.close(uid(lra)) : coordinator.cancel(uid(lra))) {
            int code = ended.getStatus();
            if (code == 404 || code == 410) {
                return End.GONE;
            }
            if (code == 412) {
                // Already ending the other way (for example cancelled by its time limit while closing).
                throw new ProblemException(ErrorCode.INVALID_STATE, "The saga is already ending.");
            }
            if (code != 200 && code != 202) {
                throw unavailable(close ? "close" : "cancel", code);
            }
            LOG.fine(() -> (close ? "closed " : "cancelled ") + lra);
            return End.ACCEPTED;
        }
    }

    /** The coordinator-local id of an LRA of this coordinator; any other URI is refused (400). */
    String uid(URI lra) {
        return uid(base, lra);
    }

    static String uid(String base, URI lra) {
        String id = lra.toString();
        if (!id.startsWith(base) || id.length() == base.length() || id.indexOf('/', base.length()) >= 0) {
            throw ProblemException.invalid("lraId", "is not a saga of this shop's coordinator");
        }
        return id.substring(base.length());
    }

    /** Not a refusal but a failure: retried where safe, and a 503 for the caller in the end. */
    private static WebApplicationException unavailable(String what, int status) {
        return new WebApplicationException("The saga coordinator could not " + what + " (HTTP " + status + ").",
                Response.Status.SERVICE_UNAVAILABLE);
    }
}
