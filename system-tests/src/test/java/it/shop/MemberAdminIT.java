package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.IdentityIT.authorized;
import static it.shop.IdentityIT.claims;
import static it.shop.IdentityIT.post;
import static it.shop.Member.asAdmin;
import static it.shop.Member.rolesBody;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Members in the back office ({@code /user/admin/members}): admins and operators find and view
 * them; only admins disable, enable and change roles, never against themselves; shoppers get 403,
 * anonymous callers 401.
 */
class MemberAdminIT {

    private static List<String> groups(String accessToken) {
        return claims(accessToken).getJsonArray("groups").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void admins_find_and_view_members_by_a_fragment_of_their_name_or_email() {
        Member member = Member.register();
        HttpResponse<String> found = asAdmin("GET", "/user/admin/members?q=" + member.username().substring(3, 15).toUpperCase() + "&size=5", null);
        assertEquals(200, found.statusCode(), found.body());
        JsonObject page = json(found);
        assertEquals(1, page.getInt("total"), found.body());
        assertEquals(0, page.getInt("page"));
        assertEquals(5, page.getInt("size"));
        JsonObject item = page.getJsonArray("items").getJsonObject(0);
        assertEquals(member.id(), item.getString("id"));
        assertEquals("ACTIVE", item.getString("status"));
        assertEquals(List.of("shopper"), item.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertFalse(found.body().contains("password"), "no hash in any answer: " + found.body());

        JsonObject byEmail = json(asAdmin("GET", "/user/admin/members?q=" + member.username() + "%40mail.example", null));
        assertEquals(1, byEmail.getInt("total"));
        assertEquals(0, json(asAdmin("GET", "/user/admin/members?q=" + member.username() + "&status=DISABLED", null)).getInt("total"));
        assertEquals(0, json(asAdmin("GET", "/user/admin/members?q=%25%25" + member.username().substring(1), null)).getInt("total"),
                "% in q is a character, not a wildcard");

        HttpResponse<String> one = asAdmin("GET", "/user/admin/members/" + member.id(), null);
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(member.username() + "@mail.example", json(one).getString("email"));
        assertProblem(asAdmin("GET", "/user/admin/members/no-such-member", null), 404, "NOT_FOUND");
        assertProblem(asAdmin("GET", "/user/admin/members?status=GONE", null), 400, "VALIDATION_FAILED");
        assertProblem(asAdmin("GET", "/user/admin/members?size=101", null), 400, "VALIDATION_FAILED");
    }

    @Test
    void operators_may_look_but_not_change_shoppers_get_403_and_anonymous_callers_401() {
        Member member = Member.register();
        Member operator = Member.register();
        operator.grant("shopper", "operator");
        String operatorToken = operator.token();
        assertEquals(200, authorized("GET", "/user/admin/members?q=" + member.username(), null, operatorToken).statusCode());
        assertEquals(200, authorized("GET", "/user/admin/members/" + member.id(), null, operatorToken).statusCode());
        assertProblem(post("/user/admin/members/" + member.id() + "/disable", null, operatorToken), 403, "FORBIDDEN");
        assertProblem(authorized("PUT", "/user/admin/members/" + member.id() + "/roles", rolesBody("shopper", "admin"), operatorToken),
                403, "FORBIDDEN");
        assertProblem(authorized("GET", "/user/admin/security-events", null, operatorToken), 403, "FORBIDDEN");

        String shopperToken = member.token();
        for (String[] call : new String[][] {{"GET", "/user/admin/members"}, {"GET", "/user/admin/members/" + member.id()},
                {"POST", "/user/admin/members/" + member.id() + "/disable"}, {"POST", "/user/admin/members/" + member.id() + "/enable"},
                {"PUT", "/user/admin/members/" + member.id() + "/roles"}, {"GET", "/user/admin/security-events"}}) {
            String body = call[0].equals("PUT") ? rolesBody("admin") : null;
            assertProblem(authorized(call[0], call[1], body, shopperToken), 403, "FORBIDDEN");
            assertProblem(authorized(call[0], call[1], body, null), 401, "UNAUTHORIZED");
        }
        assertEquals(List.of("shopper"), groups(shopperToken), "the shopper's attempt changed nothing");
    }

    @Test
    void a_disabled_member_cannot_sign_in_nor_refresh_until_enabled_again() {
        Member member = Member.register();
        JsonObject tokens = member.login();
        HttpResponse<String> wrongPassword = IdentityIT.signIn(member.username(), "not the password");

        HttpResponse<String> disabled = asAdmin("POST", "/user/admin/members/" + member.id() + "/disable", null);
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertEquals("DISABLED", json(disabled).getString("status"));
        assertEquals(200, asAdmin("POST", "/user/admin/members/" + member.id() + "/disable", null).statusCode(), "idempotent");

        HttpResponse<String> refused = IdentityIT.signIn(member.username(), member.password());
        assertProblem(refused, 401, "UNAUTHORIZED");
        assertEquals(json(wrongPassword).getString("detail"), json(refused).getString("detail"), "told as a wrong password is");
        assertProblem(post("/user/auth/refresh", IdentityIT.refresh(tokens.getString("refreshToken")), null), 401, "UNAUTHORIZED");
        assertProblem(authorized("GET", "/user/me", null, tokens.getString("accessToken")), 401, "UNAUTHORIZED");

        HttpResponse<String> enabled = asAdmin("POST", "/user/admin/members/" + member.id() + "/enable", null);
        assertEquals(200, enabled.statusCode(), enabled.body());
        assertEquals("ACTIVE", json(enabled).getString("status"));
        JsonObject again = member.login();
        assertEquals(200, authorized("GET", "/user/me", null, again.getString("accessToken")).statusCode());
        assertProblem(post("/user/auth/refresh", IdentityIT.refresh(tokens.getString("refreshToken")), null), 401, "UNAUTHORIZED");
    }

    @Test
    void new_roles_are_in_the_next_token_by_refresh_or_sign_in() {
        Member member = Member.register();
        JsonObject tokens = member.login();
        JsonObject changed = member.grant("finance", "shopper", "finance");
        assertEquals(List.of("shopper", "finance"),
                changed.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());

        assertEquals(List.of("shopper"), groups(tokens.getString("accessToken")), "the token held keeps its groups");
        HttpResponse<String> refreshed = post("/user/auth/refresh", IdentityIT.refresh(tokens.getString("refreshToken")), null);
        assertEquals(200, refreshed.statusCode(), refreshed.body());
        assertTrue(groups(json(refreshed).getString("accessToken")).containsAll(List.of("shopper", "finance")));
        assertTrue(groups(member.token()).contains("finance"));

        assertProblem(asAdmin("PUT", "/user/admin/members/" + member.id() + "/roles", rolesBody("shopper", "root")), 400,
                "VALIDATION_FAILED");
        HttpResponse<String> none = asAdmin("PUT", "/user/admin/members/" + member.id() + "/roles", rolesBody());
        assertProblem(none, 400, "VALIDATION_FAILED");
        assertEquals("roles", json(none).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(asAdmin("PUT", "/user/admin/members/no-such-member/roles", rolesBody("shopper")), 404, "NOT_FOUND");
    }

    @Test
    void an_admin_can_neither_disable_themself_nor_drop_their_own_admin_role_and_a_demoted_admin_loses_the_back_office_at_once() {
        String adminId = claims(Operator.token()).getString("sub");
        assertProblem(asAdmin("POST", "/user/admin/members/" + adminId + "/disable", null), 409, "INVALID_STATE");
        assertProblem(asAdmin("PUT", "/user/admin/members/" + adminId + "/roles", rolesBody("operator", "finance")), 409,
                "INVALID_STATE");
        assertTrue(groups(IdentityIT.login("admin", RunningShop.secret("SHOP_ADMIN_PASSWORD")).getString("accessToken")).contains("admin"),
                "the admin is still admin");

        Member second = Member.register();
        second.grant("shopper", "admin");
        String secondToken = second.token();
        assertProblem(authorized("PUT", "/user/admin/members/" + second.id() + "/roles", rolesBody("shopper"), secondToken), 409,
                "INVALID_STATE");
        assertProblem(post("/user/admin/members/" + second.id() + "/disable", null, secondToken), 409, "INVALID_STATE");

        Member someone = Member.register();
        assertEquals(200, post("/user/admin/members/" + someone.id() + "/disable", null, secondToken).statusCode(),
                "the second admin manages accounts");
        TokenRevocationIT.awaitNextSecond(secondToken); // a token of the very second of a change is honoured
        second.grant("shopper");
        // Demoted: the admin token held is revoked (and would be 403 anyway: the role is re-checked in the database).
        assertProblem(post("/user/admin/members/" + someone.id() + "/enable", null, secondToken), 401, "UNAUTHORIZED");
        assertProblem(authorized("PUT", "/user/admin/members/" + adminId + "/roles", rolesBody("shopper"), secondToken), 401,
                "UNAUTHORIZED");
        assertProblem(post("/user/admin/members/" + someone.id() + "/enable", null, second.token()), 403, "FORBIDDEN");
        assertEquals("DISABLED", json(asAdmin("GET", "/user/admin/members/" + someone.id(), null)).getString("status"));
    }
}
