package shop.payment.provider.control;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import shop.payment.provider.entity.ProviderRequest;
import shop.payment.provider.entity.ProviderResponse;

/**
 * Sends an adapter's signed request to its provider's gateway and hands back the answer as it
 * came. Only requests the providers make idempotent go through here (a refund carries its own
 * request number), so a request that got no answer is sent again.
 */
@ApplicationScoped
public class ProviderGateway {

    private final Client client = ClientBuilder.newBuilder().connectTimeout(3, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build();

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, retryOn = ProcessingException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Bulkhead(16)
    public ProviderResponse send(ProviderRequest request) {
        Invocation.Builder call = client.target(request.url()).request();
        String contentType = "application/json";
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Content-Type")) {
                contentType = header.getValue();
            } else {
                call.header(header.getKey(), header.getValue());
            }
        }
        try (Response answer = request.body() == null ? call.method(request.method())
                : call.method(request.method(), Entity.entity(request.body(), contentType))) {
            Map<String, String> headers = new LinkedHashMap<>();
            answer.getStringHeaders().forEach((name, values) -> headers.put(name, values.isEmpty() ? "" : values.get(0)));
            return new ProviderResponse(answer.getStatus(), headers, answer.hasEntity() ? answer.readEntity(String.class) : "");
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
