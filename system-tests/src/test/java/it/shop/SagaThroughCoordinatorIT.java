package it.shop;

import static it.shop.RunningShop.COORDINATOR;
import static it.shop.RunningShop.INTERNAL;
import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.encoded;
import static it.shop.RunningShop.get;
import static it.shop.RunningShop.json;
import static it.shop.RunningShop.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * An LRA between two services through the real coordinator, on the internal surface: order-war
 * starts it, inventory-war joins it; closing drives @Complete, cancelling drives @Compensate,
 * and a callback delivered twice has its effect once.
 */
class SagaThroughCoordinatorIT {

    private static final String SELF_CHECK = "/order/internal/self-check/saga";
    private static final String PARTICIPANT = INTERNAL + "/inventory/internal/self-check/saga";

    @Test
    void closing_the_saga_completes_the_participant_once() {
        String lra = startSaga();
        assertEquals("ACTIVE", recorded(lra).getString("state"));

        assertEquals(200, put(lra + "/close").statusCode());
        JsonObject done = awaitState(lra, "COMPLETED");
        assertEquals(1, done.getInt("effects"));

        // The coordinator may call again (a lost reply, recovery): no second effect.
        assertEquals(200, callback(lra, "complete").statusCode());
        JsonObject again = recorded(lra);
        assertEquals("COMPLETED", again.getString("state"));
        assertEquals(2, again.getInt("callbacks"));
        assertEquals(1, again.getInt("effects"));
    }

    @Test
    void cancelling_the_saga_compensates_the_participant_once() {
        String lra = startSaga();

        assertEquals(200, put(lra + "/cancel").statusCode());
        JsonObject done = awaitState(lra, "COMPENSATED");
        assertEquals(1, done.getInt("effects"));

        assertEquals(200, callback(lra, "compensate").statusCode());
        // A late @Complete for a compensated saga must not turn it into a completion either.
        assertEquals(200, callback(lra, "complete").statusCode());
        JsonObject again = recorded(lra);
        assertEquals("COMPENSATED", again.getString("state"));
        assertEquals(1, again.getInt("effects"));
    }

    @Test
    void a_compensation_for_work_that_never_happened_is_accepted_and_blocks_a_late_join() {
        String unknown = COORDINATOR + "/0_never_joined_" + System.nanoTime();
        assertEquals(200, callback(unknown, "compensate").statusCode());
        JsonObject recorded = recorded(unknown);
        assertEquals("COMPENSATED", recorded.getString("state"));
        assertEquals(0, recorded.getInt("effects"));
    }

    @Test
    void a_compensation_that_failed_is_retried_by_recovery_within_seconds() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(COORDINATOR + "/start?ClientID=it-recovery&TimeLimit=0"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        String lra = started.body().trim();
        String participant = "http://127.0.0.1:" + port + "/participant";
        HttpResponse<String> joined = send(HttpRequest.newBuilder(URI.create(lra))
                .header("Link", "<" + participant + "/compensate>; rel=\"compensate\", <" + participant + "/complete>; rel=\"complete\"")
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, joined.statusCode(), joined.body());

        // The participant is down when the saga is cancelled: the compensation fails.
        put(lra + "/cancel");

        // It comes back; the coordinator's recovery must call it again, within seconds.
        java.util.concurrent.CountDownLatch compensated = new java.util.concurrent.CountDownLatch(1);
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/participant/compensate", exchange -> {
            // Counted on arrival: the coordinator may close the connection as soon as it has
            // the status line, and a write failing after that must not hide the call.
            compensated.countDown();
            try (exchange) {
                byte[] body = "Compensated".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        try {
            assertTrue(compensated.await(30, java.util.concurrent.TimeUnit.SECONDS), "recovery retried the compensation");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void the_coordinator_is_reachable_only_on_the_internal_surface() {
        assertEquals(200, get(COORDINATOR).statusCode());
        HttpResponse<String> fromPublic = get(PUBLIC + "/lra-coordinator/lra-coordinator");
        assertEquals(404, fromPublic.statusCode());
        assertEquals("NOT_FOUND", json(fromPublic).getString("code"));
    }

    @Test
    void participant_callbacks_and_the_saga_starter_are_not_on_the_public_surface() {
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(PUBLIC + SELF_CHECK))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(PUBLIC + "/inventory/internal/self-check/saga/complete"))
                .PUT(HttpRequest.BodyPublishers.noBody())).statusCode());
        // Narayana's participant proxy, which its jar brings along, is internal too.
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(PUBLIC + "/inventory/lra-participant-proxy/x/compensate"))
                .PUT(HttpRequest.BodyPublishers.noBody())).statusCode());
    }

    @Test
    void public_responses_carry_no_lra_header() {
        HttpResponse<String> response = get(PUBLIC + "/health/ready");
        assertTrue(response.headers().firstValue("Long-Running-Action").isEmpty());
    }

    static String startSaga() {
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(INTERNAL + SELF_CHECK))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, started.statusCode(), started.body());
        String lra = json(started).getString("lraId");
        assertTrue(lra.startsWith(COORDINATOR), "the LRA lives at the internal coordinator: " + lra);
        return lra;
    }

    static JsonObject recorded(String lra) {
        HttpResponse<String> response = get(PARTICIPANT + "?lraId=" + encoded(lra));
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    static JsonObject awaitState(String lra, String state) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject last = recorded(lra);
        while (!state.equals(last.getString("state")) && Instant.now().isBefore(deadline)) {
            sleep(200);
            last = recorded(lra);
        }
        assertEquals(state, last.getString("state"), last.toString());
        return last;
    }

    static HttpResponse<String> put(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** Calls the participant's callback as the coordinator does. */
    static HttpResponse<String> callback(String lra, String which) {
        return send(HttpRequest.newBuilder(URI.create(PARTICIPANT + "/" + which))
                .header("Long-Running-Action", lra)
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
