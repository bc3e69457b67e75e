package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * Every service answers with the security headers, lets only the configured storefront origin in
 * through CORS (the system tests configure {@code https://storefront.example}), and refuses an
 * oversized body before reading it.
 */
class HttpHardeningIT {

    static final String STOREFRONT = "https://storefront.example";

    @Test
    void every_service_sends_the_security_headers_and_https_adds_hsts() {
        for (String path : new String[] {"/catalog/ping", "/catalog/products", "/promo/flash-sales", "/search/products?q=phone"}) {
            HttpResponse<String> answer = RunningShop.get(RunningShop.PUBLIC + path);
            assertEquals(200, answer.statusCode(), path);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(null), path);
            assertFalse(answer.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS only over HTTPS");
        }
        HttpResponse<String> secure = RunningShop.get(RunningShop.SECURE + "/catalog/ping");
        assertTrue(secure.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));

        Shopping shopper = Shopping.shopper();
        HttpResponse<String> mine = shopper.get("/order/orders");
        assertEquals("no-store", mine.headers().firstValue("Cache-Control").orElse(null), "answers to a signed-in shopper are not cached");
        assertEquals("nosniff", shopper.get("/user/me").headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void only_the_storefront_origin_gets_cors_answers() {
        HttpResponse<String> preflight = RunningShop.send(HttpRequest.newBuilder(URI.create(RunningShop.PUBLIC + "/order/orders"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", STOREFRONT)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization, content-type"));
        assertEquals(204, preflight.statusCode(), preflight.body());
        assertEquals(STOREFRONT, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Idempotency-Key"));

        HttpResponse<String> read = RunningShop.send(HttpRequest.newBuilder(URI.create(RunningShop.PUBLIC + "/catalog/products"))
                .header("Origin", STOREFRONT));
        assertEquals(STOREFRONT, read.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(read.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("Location"));

        HttpResponse<String> elsewhere = RunningShop.send(HttpRequest.newBuilder(URI.create(RunningShop.PUBLIC + "/order/orders"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST"));
        assertFalse(elsewhere.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "another origin gets no CORS answer");
        HttpResponse<String> elsewhereRead = RunningShop.send(HttpRequest.newBuilder(URI.create(RunningShop.PUBLIC + "/catalog/products"))
                .header("Origin", "https://evil.example"));
        assertFalse(elsewhereRead.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void an_oversized_body_is_refused_with_413_before_it_is_read() {
        Shopping shopper = Shopping.shopper();
        String huge = "{\"items\":[{\"skuId\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"quantity\":1}],\"addressId\":\"a\"}";
        assertProblem(shopper.orderBody(null, huge), 413, "PAYLOAD_TOO_LARGE");
        assertProblem(IdentityIT.post("/user/auth/register", "{\"username\":\"" + "y".repeat(1_100_000) + "\",\"password\":\"p\"}", null),
                413, "PAYLOAD_TOO_LARGE");
        // A body under the limit is read and judged as usual (here: too long a field, 400).
        assertProblem(IdentityIT.post("/user/auth/register", "{\"username\":\"" + "y".repeat(10_000) + "\",\"password\":\"correct horse battery\"}",
                null), 400, "VALIDATION_FAILED");
    }

    @Test
    void a_chunked_body_without_a_length_is_cut_off_too() throws Exception {
        Shopping shopper = Shopping.shopper();
        // 5 MiB sent chunked: no Content-Length to refuse it by, so Liberty's message size limit (4 MiB) stops it.
        byte[] huge = ("{\"receiver\":\"" + "z".repeat(5 * 1024 * 1024) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(RunningShop.PUBLIC + "/user/me/addresses"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + shopper.token())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))).build();
        int status;
        String body;
        try {
            // HTTP/1.1: a body of unknown length is sent chunked.
            HttpResponse<String> response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body();
        } catch (java.io.IOException cutOff) {
            status = 413; // the server may close the connection while the body still streams in
            body = cutOff.toString();
        }
        assertEquals(413, status, "a 5 MiB chunked body: " + body);
        assertFalse(shopper.get("/user/me/addresses").body().contains("zzzzzzzz"), "nothing stored");
        assertEquals(200, shopper.get("/user/me").statusCode(), "the server is fine");
    }
}
