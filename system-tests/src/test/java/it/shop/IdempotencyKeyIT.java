package it.shop;

import static it.shop.IdentityIT.ADDRESS;
import static it.shop.IdentityIT.assertProblem;
import static it.shop.IdentityIT.authorized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

/** The Idempotency-Key protocol of CONTRACT.md, on a POST that honours it (adding an address). */
class IdempotencyKeyIT {

    @Test
    void the_same_key_and_body_returns_the_first_result_and_creates_once() {
        String token = shopper();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post(ADDRESS, token, key);
        // Same JSON, other key order and spacing.
        String reordered = "{ \"detail\": \"文三路 1 号\", \"district\": \"西湖区\", \"city\": \"杭州市\","
                + " \"province\": \"浙江省\", \"phone\": \"13800000000\", \"receiver\": \"张三\" }";
        HttpResponse<String> again = post(reordered, token, key);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(RunningShop.json(first).getString("id"), RunningShop.json(again).getString("id"));
        assertTrue(first.headers().firstValue("Location").isPresent(), first.headers().toString());
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"), "the replay says where it is too");
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, book(token));
    }

    @Test
    void the_same_key_with_another_body_is_refused() {
        String token = shopper();
        String key = UUID.randomUUID().toString();
        assertEquals(201, post(ADDRESS, token, key).statusCode());
        assertProblem(post(ADDRESS.replace("张三", "李四"), token, key), 422, "IDEMPOTENCY_KEY_REUSED");
        assertEquals(1, book(token));
    }

    @Test
    void a_failed_attempt_is_not_remembered() {
        String token = shopper();
        String key = UUID.randomUUID().toString();
        assertProblem(post(ADDRESS.replace("13800000000", "call me"), token, key), 400, "VALIDATION_FAILED");
        assertEquals(201, post(ADDRESS, token, key).statusCode());
    }

    @Test
    void keys_belong_to_their_user() {
        String alice = shopper();
        String bob = shopper();
        String key = UUID.randomUUID().toString();
        String aliceAddress = RunningShop.json(post(ADDRESS, alice, key)).getString("id");
        HttpResponse<String> bobs = post(ADDRESS, bob, key);
        assertEquals(201, bobs.statusCode());
        assertTrue(!aliceAddress.equals(RunningShop.json(bobs).getString("id")), "Bob got his own address, not Alice's");
    }

    @Test
    void concurrent_retries_create_one_address() throws Exception {
        String token = shopper();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<HttpResponse<String>>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attempts.add(CompletableFuture.supplyAsync(() -> post(ADDRESS, token, key), pool));
            }
            for (CompletableFuture<HttpResponse<String>> attempt : attempts) {
                int status = attempt.get().statusCode();
                assertTrue(status == 201 || status == 409, "a replay or 'still in progress': " + status);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, book(token));
    }

    private static String shopper() {
        return IdentityIT.login(IdentityIT.registerShopper(), IdentityIT.PASSWORD).getString("accessToken");
    }

    private static HttpResponse<String> post(String body, String token, String key) {
        return RunningShop.send(HttpRequest.newBuilder(URI.create(RunningShop.PUBLIC + "/user/me/addresses"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static int book(String token) {
        return RunningShop.parse(authorized("GET", "/user/me/addresses", null, token).body()).asJsonArray().size();
    }
}
