package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.IdentityIT.authorized;
import static it.shop.IdentityIT.claims;
import static it.shop.IdentityIT.post;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The security audit log ({@code GET /user/admin/security-events}): what happened to an account,
 * newest first, with who did it; never a password or a token; for admins only.
 */
class SecurityLogIT {

    static List<JsonObject> events(String query) {
        HttpResponse<String> page = Member.asAdmin("GET", "/user/admin/security-events?" + query, null);
        assertEquals(200, page.statusCode(), page.body());
        return json(page).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void the_log_shows_what_happened_to_an_account_newest_first_with_who_did_it() {
        Member member = Member.register();
        IdentityIT.signIn(member.username(), "a wrong password");
        JsonObject session = member.login();
        String used = session.getString("refreshToken");
        String next = json(post("/user/auth/refresh", IdentityIT.refresh(used), null)).getString("refreshToken");
        assertProblem(post("/user/auth/refresh", IdentityIT.refresh(used), null), 401, "UNAUTHORIZED");
        member.grant("shopper", "finance");
        Member.asAdmin("POST", "/user/admin/members/" + member.id() + "/disable", null);
        Member.asAdmin("POST", "/user/admin/members/" + member.id() + "/enable", null);
        assertEquals(204, post("/user/auth/logout", IdentityIT.refresh(member.login().getString("refreshToken")), null).statusCode());

        HttpResponse<String> raw = Member.asAdmin("GET", "/user/admin/security-events?accountId=" + member.id() + "&size=50", null);
        List<JsonObject> log = json(raw).getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> types = log.stream().map(e -> e.getString("type")).toList();
        assertEquals(List.of("SIGNED_OUT", "SIGN_IN_SUCCEEDED", "ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "ROLES_CHANGED",
                "REFRESH_TOKEN_REUSED", "SIGN_IN_SUCCEEDED", "SIGN_IN_FAILED"), types, raw.body());
        String adminId = claims(Operator.token()).getString("sub");
        JsonObject roles = log.get(4);
        assertEquals(adminId, roles.getString("actorId"));
        assertEquals(member.id(), roles.getString("accountId"));
        assertEquals("roles shopper -> shopper,finance", roles.getString("detail"));
        assertEquals(member.username(), log.get(7).getString("username"));
        assertFalse(log.get(7).isNull("clientIp"), "the client's address is kept");
        for (int i = 1; i < log.size(); i++) {
            // Compared as instants: ISO strings with 3 and 6 fraction digits do not sort as text.
            assertTrue(!java.time.OffsetDateTime.parse(log.get(i - 1).getString("occurredAt"))
                    .isBefore(java.time.OffsetDateTime.parse(log.get(i).getString("occurredAt"))), "newest first: " + log);
        }
        assertFalse(raw.body().contains(IdentityIT.PASSWORD) || raw.body().contains(used) || raw.body().contains(next),
                "no password, no token: " + raw.body());

        List<JsonObject> disabled = events("accountId=" + member.id() + "&type=ACCOUNT_DISABLED");
        assertEquals(1, disabled.size());
        assertProblem(Member.asAdmin("GET", "/user/admin/security-events?type=NOT_A_TYPE", null), 400, "VALIDATION_FAILED");
    }

    @Test
    void a_username_as_typed_is_kept_without_line_breaks() {
        String typed = "evil\nadmin " + IdentityIT.uniqueName().substring(0, 12);
        HttpResponse<String> refused = post("/user/auth/login",
                Json.createObjectBuilder().add("username", typed).add("password", "whatever").build().toString(), null);
        assertProblem(refused, 401, "UNAUTHORIZED");
        String expected = typed.replace('\n', '?');
        assertTrue(events("type=SIGN_IN_FAILED&size=20").stream().anyMatch(e -> expected.equals(e.getString("username", null))),
                "sanitized entry for " + expected);
    }

    @Test
    void only_admins_read_the_log() {
        Member member = Member.register();
        assertProblem(authorized("GET", "/user/admin/security-events", null, member.token()), 403, "FORBIDDEN");
        assertProblem(authorized("GET", "/user/admin/security-events", null, null), 401, "UNAUTHORIZED");
    }
}
