package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.IdentityIT.authorized;
import static it.shop.IdentityIT.claims;
import static it.shop.Member.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * A disabled or deleted account's access tokens, and the tokens a user held before their roles
 * changed, are refused by every service within moments ({@code shop.user.tokens.revoked}), not
 * only by user-war and not only once they expire; tokens got afterwards work.
 */
class TokenRevocationIT {

    private static final long SETTLE = 10_000;

    /** Signed-in endpoints of several services; none of them is user-war, which refuses at once. */
    private static final String[] ELSEWHERE = {"/order/orders", "/promo/me/coupons", "/order/cart"};

    /** Waits until the wall clock is past the second a token was issued in (revocations count whole seconds). */
    static void awaitNextSecond(String token) {
        long iat = claims(token).getJsonNumber("iat").longValue();
        while (System.currentTimeMillis() / 1000 <= iat) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void refusedEverywhere(String token, String what) {
        for (String path : ELSEWHERE) {
            HttpResponse<String> answer = Shopping.await(() -> authorized("GET", path, null, token), r -> r.statusCode() == 401,
                    SETTLE, what + ": " + path + " refuses the token");
            assertProblem(answer, 401, "UNAUTHORIZED");
        }
    }

    private static void acceptedEverywhere(String token) {
        for (String path : ELSEWHERE) {
            HttpResponse<String> answer = authorized("GET", path, null, token);
            assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        }
    }

    @Test
    void a_disabled_members_tokens_are_refused_by_every_service_and_new_ones_work_after_enabling() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5).toString();
        Member member = Member.register();
        String before = member.token();
        acceptedEverywhere(before);

        awaitNextSecond(before);
        assertEquals(200, asAdmin("POST", "/user/admin/members/" + member.id() + "/disable", null).statusCode());
        assertProblem(authorized("GET", "/user/me", null, before), 401, "UNAUTHORIZED");
        refusedEverywhere(before, "disabled");

        assertEquals(200, asAdmin("POST", "/user/admin/members/" + member.id() + "/enable", null).statusCode());
        String after = member.token();
        acceptedEverywhere(after);
        assertProblem(authorized("GET", "/order/orders", null, before), 401, "UNAUTHORIZED");

        // Services catching up after a restart read the same from user-war (internal surface, service token).
        HttpResponse<String> feed = RunningShop.get(RunningShop.INTERNAL + "/user/internal/token-revocations?since=" + RunningShop.encoded(since));
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(RunningShop.parse(feed.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("userId").equals(member.id())), feed.body());
        assertEquals(404, RunningShop.get(RunningShop.PUBLIC + "/user/internal/token-revocations?since=" + RunningShop.encoded(since))
                .statusCode(), "not on the public surface");
    }

    @Test
    void tokens_held_before_a_role_change_are_refused_and_the_next_token_carries_the_new_roles() {
        Member member = Member.register();
        JsonObject session = member.login();
        String before = session.getString("accessToken");
        acceptedEverywhere(before);

        awaitNextSecond(before);
        member.grant("shopper", "finance");
        refusedEverywhere(before, "roles changed");

        HttpResponse<String> refreshed = IdentityIT.post("/user/auth/refresh", IdentityIT.refresh(session.getString("refreshToken")), null);
        assertEquals(200, refreshed.statusCode(), refreshed.body());
        String after = RunningShop.json(refreshed).getString("accessToken");
        assertTrue(claims(after).getJsonArray("groups").toString().contains("finance"));
        acceptedEverywhere(after);
    }

    @Test
    void services_restarted_after_a_revocation_read_it_back_from_user_war() {
        Member member = Member.register();
        String before = member.token();
        acceptedEverywhere(before);
        awaitNextSecond(before);
        assertEquals(200, asAdmin("POST", "/user/admin/members/" + member.id() + "/disable", null).statusCode());
        refusedEverywhere(before, "disabled");

        // Every service forgets what it heard; on subscribing again each reads the recent revocations from user-war.
        RunningShop.launcher("down");
        assertTrue(RunningShop.launcher("up").contains("The shop is running"));
        refusedEverywhere(before, "after a restart");
        assertProblem(authorized("GET", "/user/me", null, before), 401, "UNAUTHORIZED");
    }
}
