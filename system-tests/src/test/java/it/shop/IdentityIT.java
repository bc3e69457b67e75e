package it.shop;

import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.get;
import static it.shop.RunningShop.json;
import static it.shop.RunningShop.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/** Accounts and tokens through the public URLs, per CONTRACT.md's user section. */
class IdentityIT {

    static final String PASSWORD = "correct horse battery";

    @Test
    void a_shopper_registers_signs_in_and_reads_their_profile() {
        String username = uniqueName();
        HttpResponse<String> registered = post("/user/auth/register", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(201, registered.statusCode(), registered.body());
        String id = json(registered).getString("id");
        assertEquals(username, json(registered).getString("username"));

        JsonObject tokens = login(username, PASSWORD);
        assertEquals("Bearer", tokens.getString("tokenType"));
        assertTrue(tokens.getInt("expiresIn") > 0 && tokens.getInt("expiresIn") <= 900);

        JsonObject claims = claims(tokens.getString("accessToken"));
        assertEquals(id, claims.getString("sub"));
        assertEquals(username, claims.getString("upn"));
        assertEquals("shop", claims.getString("iss"));
        assertEquals("shop", claims.getString("aud"));
        assertEquals("shopper", claims.getJsonArray("groups").getString(0));

        HttpResponse<String> me = authorized("GET", "/user/me", null, tokens.getString("accessToken"));
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(username, json(me).getString("username"));
    }

    @Test
    void the_token_names_a_key_the_jwks_publishes() {
        JsonObject tokens = login(registerShopper(), PASSWORD);
        String kid = header(tokens.getString("accessToken")).getString("kid");
        HttpResponse<String> jwks = get(PUBLIC + "/user/.well-known/jwks.json");
        assertEquals(200, jwks.statusCode());
        assertTrue(json(jwks).getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .anyMatch(k -> kid.equals(k.getString("kid")) && "RSA".equals(k.getString("kty")) && !k.containsKey("d")),
                "the key is published, without its private part: " + jwks.body());
    }

    @Test
    void usernames_are_unique_regardless_of_case() {
        String username = registerShopper();
        HttpResponse<String> again = post("/user/auth/register",
                "{\"username\":\"" + username.toUpperCase() + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertProblem(again, 409, "CONFLICT");
    }

    @Test
    void a_weak_password_is_refused_naming_the_field() {
        HttpResponse<String> weak = post("/user/auth/register", "{\"username\":\"" + uniqueName() + "\",\"password\":\"short\"}", null);
        assertProblem(weak, 400, "VALIDATION_FAILED");
        assertEquals("password", json(weak).getJsonArray("errors").getJsonObject(0).getString("field"));
        // Long enough but among the most common passwords (any letter case): refused the same way.
        for (String common : new String[] {"Password123", "woaini1314", "1qaz2wsx"}) {
            HttpResponse<String> refused = post("/user/auth/register", "{\"username\":\"" + uniqueName() + "\",\"password\":\"" + common + "\"}", null);
            assertProblem(refused, 400, "VALIDATION_FAILED");
            assertEquals("password", json(refused).getJsonArray("errors").getJsonObject(0).getString("field"), common);
        }
    }

    @Test
    void malformed_json_is_a_400_not_a_500() {
        assertProblem(post("/user/auth/register", "{\"username\": ", null), 400, "MALFORMED_REQUEST");
        assertProblem(post("/user/auth/register", "[1,2,3]", null), 400, "MALFORMED_REQUEST");
        assertProblem(post("/user/auth/register", "{\"username\": {\"x\": 1}, \"password\": 5}", null), 400, "MALFORMED_REQUEST");
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_401() {
        String username = registerShopper();
        HttpResponse<String> wrong = post("/user/auth/login", "{\"username\":\"" + username + "\",\"password\":\"not the password\"}", null);
        HttpResponse<String> unknown = post("/user/auth/login", "{\"username\":\"" + uniqueName() + "\",\"password\":\"not the password\"}", null);
        assertProblem(wrong, 401, "UNAUTHORIZED");
        assertProblem(unknown, 401, "UNAUTHORIZED");
        assertEquals(json(wrong).getString("detail"), json(unknown).getString("detail"));
    }

    static HttpResponse<String> signIn(String username, String password) {
        return post("/user/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
    }

    @Test
    void five_failures_lock_a_username_whether_or_not_it_exists_and_the_answers_stay_alike() {
        String username = registerShopper();
        String nobody = uniqueName();
        for (int i = 0; i < 5; i++) {
            assertProblem(signIn(username, "guess " + i), 401, "UNAUTHORIZED");
            assertProblem(signIn(nobody, "guess " + i), 401, "UNAUTHORIZED");
        }
        // Locked: even the right password is refused, with the answer a wrong one gets.
        HttpResponse<String> locked = signIn(username, PASSWORD);
        assertProblem(locked, 401, "UNAUTHORIZED");
        HttpResponse<String> lockedNobody = signIn(nobody, PASSWORD);
        assertEquals(json(locked).toString(), json(lockedNobody).toString(), "a lock does not tell which usernames exist");
        assertEquals(json(signIn(uniqueName(), "guess")).getString("detail"), json(locked).getString("detail"));
        // Case does not get around it; another username is not affected.
        assertProblem(signIn(username.toUpperCase(java.util.Locale.ROOT), PASSWORD), 401, "UNAUTHORIZED");
        assertEquals(200, signIn(registerShopper(), PASSWORD).statusCode());

        // The system tests run with a short lockout (SHOP_USER_LOGIN_LOCKOUT); after it the right password works again.
        HttpResponse<String> after = Shopping.await(() -> signIn(username, PASSWORD), r -> r.statusCode() == 200, 20_000, "the lock to run out");
        assertTrue(json(after).containsKey("accessToken"));
        // A success clears the count: four failures then do not lock.
        for (int i = 0; i < 4; i++) {
            assertProblem(signIn(username, "guess " + i), 401, "UNAUTHORIZED");
        }
        assertEquals(200, signIn(username, PASSWORD).statusCode());
    }

    @Test
    void refresh_rotates_and_a_reused_refresh_token_revokes_its_family() {
        JsonObject first = login(registerShopper(), PASSWORD);
        HttpResponse<String> refreshed = post("/user/auth/refresh", refresh(first.getString("refreshToken")), null);
        assertEquals(200, refreshed.statusCode(), refreshed.body());
        String second = json(refreshed).getString("refreshToken");
        assertNotEquals(first.getString("refreshToken"), second);

        // The first token again: it was copied. It fails, and so does the one it rotated to.
        assertProblem(post("/user/auth/refresh", refresh(first.getString("refreshToken")), null), 401, "UNAUTHORIZED");
        assertProblem(post("/user/auth/refresh", refresh(second), null), 401, "UNAUTHORIZED");
    }

    @Test
    void logout_revokes_the_refresh_token() {
        JsonObject tokens = login(registerShopper(), PASSWORD);
        assertEquals(204, post("/user/auth/logout", refresh(tokens.getString("refreshToken")), null).statusCode());
        assertProblem(post("/user/auth/refresh", refresh(tokens.getString("refreshToken")), null), 401, "UNAUTHORIZED");
    }

    @Test
    void the_seeded_admin_has_every_back_office_role() {
        JsonObject tokens = login("admin", RunningShop.secret("SHOP_ADMIN_PASSWORD"));
        JsonObject claims = claims(tokens.getString("accessToken"));
        var groups = claims.getJsonArray("groups").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertTrue(groups.containsAll(java.util.List.of("admin", "operator", "finance")), groups.toString());
    }

    @Test
    void profile_and_addresses_need_a_token() {
        assertProblem(get(PUBLIC + "/user/me"), 401, "UNAUTHORIZED");
        assertProblem(get(PUBLIC + "/user/me/addresses"), 401, "UNAUTHORIZED");
    }

    @Test
    void a_bad_token_sent_to_a_public_endpoint_is_refused_too() {
        assertEquals(200, get(PUBLIC + "/user/.well-known/jwks.json").statusCode());
        assertProblem(authorized("GET", "/user/.well-known/jwks.json", null, "not-a-jwt"), 401, "UNAUTHORIZED");
    }

    @Test
    void forged_and_tampered_tokens_are_refused() {
        String token = login(registerShopper(), PASSWORD).getString("accessToken");
        String[] parts = token.split("\\.");
        String otherClaims = base64(claims(token).toString().replace("\"shopper\"", "\"admin\""));
        String tampered = parts[0] + "." + otherClaims + "." + parts[2];
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA";
        for (String forged : new String[] {tampered, unsigned, badSignature, "not-a-jwt"}) {
            assertProblem(authorized("GET", "/user/me", null, forged), 401, "UNAUTHORIZED");
        }
    }

    @Test
    void the_profile_can_be_changed_and_bad_values_are_refused() {
        String token = login(registerShopper(), PASSWORD).getString("accessToken");
        HttpResponse<String> changed = authorized("PATCH", "/user/me", "{\"nickname\":\"小爱 <b>😀</b>\",\"email\":\"a@example.com\"}", token);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("小爱 <b>😀</b>", json(changed).getString("nickname"), "stored verbatim");
        assertProblem(authorized("PATCH", "/user/me", "{\"email\":\"not-an-email\"}", token), 400, "VALIDATION_FAILED");
    }

    @Test
    void another_shoppers_address_is_not_found() {
        String alice = login(registerShopper(), PASSWORD).getString("accessToken");
        String bob = login(registerShopper(), PASSWORD).getString("accessToken");
        HttpResponse<String> added = authorized("POST", "/user/me/addresses", ADDRESS, alice);
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(json(added).getBoolean("isDefault"), "the first address becomes the default");
        String id = json(added).getString("id");

        assertProblem(authorized("PUT", "/user/me/addresses/" + id, ADDRESS, bob), 404, "NOT_FOUND");
        assertProblem(authorized("DELETE", "/user/me/addresses/" + id, null, bob), 404, "NOT_FOUND");
        assertEquals("[]", authorized("GET", "/user/me/addresses", null, bob).body());
        assertEquals(204, authorized("DELETE", "/user/me/addresses/" + id, null, alice).statusCode());
    }

    @Test
    void a_second_default_address_takes_over_the_default() {
        String token = login(registerShopper(), PASSWORD).getString("accessToken");
        String first = json(authorized("POST", "/user/me/addresses", ADDRESS, token)).getString("id");
        String second = json(authorized("POST", "/user/me/addresses", ADDRESS.replace("}", ",\"isDefault\":true}"), token)).getString("id");
        var book = RunningShop.parse(authorized("GET", "/user/me/addresses", null, token).body()).asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, book.stream().filter(a -> a.getBoolean("isDefault")).count());
        assertTrue(book.stream().anyMatch(a -> a.getString("id").equals(second) && a.getBoolean("isDefault")));
        assertTrue(book.stream().anyMatch(a -> a.getString("id").equals(first) && !a.getBoolean("isDefault")));
    }

    @Test
    void unknown_paths_and_methods_inside_a_service_are_problems() {
        assertProblem(get(PUBLIC + "/user/no-such-thing"), 404, "NOT_FOUND");
        assertProblem(send(HttpRequest.newBuilder(URI.create(PUBLIC + "/user/auth/login")).DELETE()), 405, "METHOD_NOT_ALLOWED");
    }

    static final String ADDRESS = "{\"receiver\":\"张三\",\"phone\":\"13800000000\",\"province\":\"浙江省\","
            + "\"city\":\"杭州市\",\"district\":\"西湖区\",\"detail\":\"文三路 1 号\"}";

    static String registerShopper() {
        String username = uniqueName();
        HttpResponse<String> registered = post("/user/auth/register", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(201, registered.statusCode(), registered.body());
        return username;
    }

    static JsonObject login(String username, String password) {
        HttpResponse<String> response = post("/user/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    static String uniqueName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    static String refresh(String token) {
        return "{\"refreshToken\":\"" + token + "\"}";
    }

    static HttpResponse<String> post(String path, String body, String token) {
        return authorized("POST", path, body, token);
    }

    static HttpResponse<String> authorized(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PUBLIC + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem+json: " + response.headers().map());
        JsonObject problem = json(response);
        assertEquals(code, problem.getString("code"));
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("type") && problem.containsKey("title") && problem.containsKey("detail"));
    }

    static JsonObject claims(String jwt) {
        return (JsonObject) RunningShop.parse(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static JsonObject header(String jwt) {
        return (JsonObject) RunningShop.parse(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
