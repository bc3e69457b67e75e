package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.IdentityIT.authorized;
import static it.shop.IdentityIT.post;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A user's own data export ({@code GET /user/me/export}) and account deletion
 * ({@code DELETE /user/me} with the password): everything personal is erased, every session
 * ends, the username is free again, and {@code shop.user.deleted} is published.
 */
class AccountDeletionIT {

    static HttpResponse<String> delete(String accessToken, String password) {
        return authorized("DELETE", "/user/me", "{\"password\":\"" + password + "\"}", accessToken);
    }

    @Test
    void the_export_holds_the_profile_the_addresses_and_the_security_events() {
        Member member = Member.register();
        String token = member.token();
        assertEquals(200, authorized("PATCH", "/user/me", "{\"nickname\":\"小明\"}", token).statusCode());
        assertEquals(201, post("/user/me/addresses", IdentityIT.ADDRESS, token).statusCode());
        assertEquals(200, authorized("PATCH", "/user/me", "{\"gender\":\"FEMALE\",\"birthday\":\"1990-05-01\"}", token).statusCode());
        String product = aProduct();
        assertEquals(200, authorized("PUT", "/user/me/favorites/" + product, null, token).statusCode());
        assertEquals(200, post("/user/me/history", "{\"productId\":\"" + product + "\"}", token).statusCode());
        assertEquals(200, Member.asAdmin("POST", "/user/admin/members/" + member.id() + "/points", "{\"delta\":50,\"reason\":\"welcome\"}")
                .statusCode());

        HttpResponse<String> export = authorized("GET", "/user/me/export", null, token);
        assertEquals(200, export.statusCode(), export.body());
        JsonObject document = json(export);
        assertEquals(member.id(), document.getString("accountId"));
        JsonObject data = document.getJsonObject("data");
        assertEquals(member.username(), data.getJsonObject("profile").getString("username"));
        assertEquals("小明", data.getJsonObject("profile").getString("nickname"));
        assertEquals(member.username() + "@mail.example", data.getJsonObject("profile").getString("email"));
        assertEquals("张三", data.getJsonArray("addresses").getJsonObject(0).getString("receiver"));
        assertTrue(data.getJsonArray("securityEvents").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("type").equals("SIGN_IN_SUCCEEDED")), export.body());
        assertFalse(export.body().contains(IdentityIT.PASSWORD));
        // Every kind of personal data user-war keeps is in it (each a PersonalData bean).
        assertEquals("FEMALE", data.getJsonObject("profile").getString("gender"));
        assertEquals("1990-05-01", data.getJsonObject("profile").getString("birthday"));
        assertEquals(product, data.getJsonArray("favorites").getJsonObject(0).getString("productId"), export.body());
        assertEquals(product, data.getJsonArray("history").getJsonObject(0).getString("productId"), export.body());
        assertEquals(50, data.getJsonObject("points").getJsonNumber("balance").longValue(), export.body());
        assertEquals("GRANTED", data.getJsonObject("points").getJsonArray("statement").getJsonObject(0).getString("kind"));
        assertProblem(authorized("GET", "/user/me/export", null, null), 401, "UNAUTHORIZED");
    }

    /** A published product of the demo catalog. */
    static String aProduct() {
        return RunningShop.json(RunningShop.get(RunningShop.PUBLIC + "/catalog/products?size=1")).getJsonArray("items").getJsonObject(0)
                .getString("id");
    }

    @Test
    void deleting_needs_the_password_then_the_account_is_gone_its_name_free_and_the_deletion_announced() throws Exception {
        Member member = Member.register();
        JsonObject session = member.login();
        String token = session.getString("accessToken");
        assertEquals(201, post("/user/me/addresses", IdentityIT.ADDRESS, token).statusCode());
        assertEquals(200, authorized("PUT", "/user/me/favorites/" + aProduct(), null, token).statusCode());
        assertEquals(200, Member.asAdmin("POST", "/user/admin/members/" + member.id() + "/points", "{\"delta\":70,\"reason\":\"welcome\"}")
                .statusCode());

        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer consumer = integrator.createConsumer(integrator.createTopic("shop.user"), "ce_type = 'shop.user.deleted'")) {
            integrator.start();
            assertProblem(delete(token, "not my password"), 403, "FORBIDDEN");
            assertProblem(authorized("DELETE", "/user/me", "{}", token), 400, "VALIDATION_FAILED");
            assertEquals(200, authorized("GET", "/user/me", null, token).statusCode(), "a refused deletion changes nothing");

            assertEquals(204, delete(token, member.password()).statusCode());

            JsonObject event = Shopping.nextEvent(consumer, member.id(), "shop.user.deleted", 10_000);
            assertNotNull(event, "shop.user.deleted published");
            assertEquals(member.id(), event.getJsonObject("data").getString("userId"));
            assertEquals("https://shop.example/events/user-deleted.json", event.getString("dataschema"));
        }

        assertProblem(IdentityIT.signIn(member.username(), member.password()), 401, "UNAUTHORIZED");
        assertProblem(authorized("GET", "/user/me", null, token), 401, "UNAUTHORIZED");
        assertProblem(authorized("GET", "/user/me/addresses", null, token), 401, "UNAUTHORIZED");
        assertProblem(post("/user/auth/refresh", IdentityIT.refresh(session.getString("refreshToken")), null), 401, "UNAUTHORIZED");

        JsonObject tombstone = json(Member.asAdmin("GET", "/user/admin/members/" + member.id(), null));
        assertEquals("DELETED", tombstone.getString("status"));
        assertTrue(tombstone.getString("username").startsWith("deleted-"), tombstone.toString());
        assertEquals(JsonValue.NULL, tombstone.get("email"));
        assertEquals(0, json(Member.asAdmin("GET", "/user/admin/members?q=" + member.username(), null)).getInt("total"));
        JsonObject points = json(Member.asAdmin("GET", "/user/admin/members/" + member.id() + "/points", null));
        assertEquals(0, points.getJsonNumber("balance").longValue(), "the points ledger is erased: " + points);
        assertEquals(0, points.getJsonObject("statement").getInt("total"));

        HttpResponse<String> again = post("/user/auth/register",
                "{\"username\":\"" + member.username() + "\",\"password\":\"" + IdentityIT.PASSWORD + "\"}", null);
        assertEquals(201, again.statusCode(), "the username is free again: " + again.body());
        assertNotEquals(member.id(), json(again).getString("id"));
    }

    @Test
    void a_staff_account_is_not_deleted_by_its_owner() {
        Member operator = Member.register();
        operator.grant("shopper", "operator");
        String token = operator.token();
        assertProblem(delete(token, operator.password()), 409, "INVALID_STATE");
        assertEquals(200, authorized("GET", "/user/me", null, token).statusCode());
    }
}
