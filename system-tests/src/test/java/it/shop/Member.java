package it.shop;

import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

/** A freshly registered account as the account tests drive it, and the back office acting on it as {@code admin}. */
record Member(String username, String id, String password) {

    /** A new shopper with an email address (searchable by the admin) and the tests' password. */
    static Member register() {
        String username = IdentityIT.uniqueName();
        HttpResponse<String> registered = IdentityIT.post("/user/auth/register", "{\"username\":\"" + username + "\",\"password\":\""
                + IdentityIT.PASSWORD + "\",\"email\":\"" + username + "@mail.example\"}", null);
        assertEquals(201, registered.statusCode(), registered.body());
        return new Member(username, json(registered).getString("id"), IdentityIT.PASSWORD);
    }

    /** Signs in (200 expected): the token pair. */
    JsonObject login() {
        return IdentityIT.login(username, password);
    }

    String token() {
        return login().getString("accessToken");
    }

    Member withPassword(String newPassword) {
        return new Member(username, id, newPassword);
    }

    /** A request as the seeded {@code admin}. */
    static HttpResponse<String> asAdmin(String method, String path, String body) {
        return IdentityIT.authorized(method, path, body, Operator.token());
    }

    /** The admin gives this account exactly these roles (200 expected). */
    JsonObject grant(String... roles) {
        HttpResponse<String> changed = asAdmin("PUT", "/user/admin/members/" + id + "/roles", rolesBody(roles));
        assertEquals(200, changed.statusCode(), changed.body());
        return json(changed);
    }

    static String rolesBody(String... roles) {
        var list = jakarta.json.Json.createArrayBuilder();
        for (String role : roles) {
            list.add(role);
        }
        return jakarta.json.Json.createObjectBuilder().add("roles", list).build().toString();
    }
}
