package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.IdentityIT.post;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Password reset by one-time token ({@code /user/auth/password-reset}): the answer never tells
 * whether an account exists; the token, read here from the sandbox notification outbox the
 * system tests switch on, works once, before it expires, and only while it is the newest;
 * setting the password ends every session and lifts a sign-in pause.
 */
class PasswordResetIT {

    static final String NEW_PASSWORD = "a new horse battery";

    static HttpResponse<String> requestReset(String username) {
        return post("/user/auth/password-reset", Json.createObjectBuilder().add("username", username).build().toString(), null);
    }

    static HttpResponse<String> confirm(String token, String newPassword) {
        return post("/user/auth/password-reset/confirm",
                Json.createObjectBuilder().add("token", token).add("newPassword", newPassword).build().toString(), null);
    }

    /** The notices sent to the account so far, oldest first (file names sort by time). */
    static List<Path> notices(String accountId) {
        if (!Files.isDirectory(RunningShop.NOTIFICATIONS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(RunningShop.NOTIFICATIONS)) {
            return files.filter(f -> f.getFileName().toString().startsWith(accountId + ".password-reset.")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks for a reset (202) and returns the token of the notice it sent. */
    static String resetToken(Member member) {
        int before = notices(member.id()).size();
        assertEquals(202, requestReset(member.username()).statusCode());
        List<Path> after = Shopping.await(() -> notices(member.id()), n -> n.size() > before, 10_000, "a reset notice");
        try {
            JsonObject notice = (JsonObject) RunningShop.parse(Files.readString(after.get(after.size() - 1)));
            assertEquals(member.id(), notice.getString("accountId"));
            return notice.getString("token");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_reset_is_answered_alike_whether_or_not_the_account_exists() {
        Member member = Member.register();
        HttpResponse<String> known = requestReset(member.username());
        HttpResponse<String> unknown = requestReset(IdentityIT.uniqueName());
        assertEquals(202, known.statusCode(), known.body());
        assertEquals(202, unknown.statusCode(), unknown.body());
        assertEquals(known.body(), unknown.body());
        assertProblem(post("/user/auth/password-reset", "{}", null), 400, "VALIDATION_FAILED");
    }

    @Test
    void a_reset_token_sets_the_password_once_and_ends_every_session() {
        Member member = Member.register();
        JsonObject session = member.login();
        String token = resetToken(member);

        assertEquals(204, confirm(token, NEW_PASSWORD).statusCode());
        assertProblem(IdentityIT.signIn(member.username(), member.password()), 401, "UNAUTHORIZED");
        member.withPassword(NEW_PASSWORD).login();
        assertProblem(post("/user/auth/refresh", IdentityIT.refresh(session.getString("refreshToken")), null), 401, "UNAUTHORIZED");

        HttpResponse<String> again = confirm(token, "yet another password");
        assertProblem(again, 400, "VALIDATION_FAILED");
        assertEquals("token", json(again).getJsonArray("errors").getJsonObject(0).getString("field"));
        member.withPassword(NEW_PASSWORD).login();
    }

    @Test
    void a_new_password_follows_the_registration_rules() {
        Member member = Member.register();
        String token = resetToken(member);
        HttpResponse<String> weak = confirm(token, "short");
        assertProblem(weak, 400, "VALIDATION_FAILED");
        assertEquals("newPassword", json(weak).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(204, confirm(token, NEW_PASSWORD).statusCode(), "a refused attempt does not use the token up");
    }

    @Test
    void superseded_expired_and_made_up_tokens_are_refused_and_requests_past_the_limit_send_nothing() throws Exception {
        Member member = Member.register();
        String first = resetToken(member);
        String second = resetToken(member);
        assertNotEquals(first, second);
        assertProblem(confirm(first, NEW_PASSWORD), 400, "VALIDATION_FAILED");
        assertProblem(confirm("made-up-" + second, NEW_PASSWORD), 400, "VALIDATION_FAILED");

        String third = resetToken(member);
        assertProblem(confirm(second, NEW_PASSWORD), 400, "VALIDATION_FAILED");
        try (Connection db = RunningShop.database();
             PreparedStatement expire = db.prepareStatement(
                     "UPDATE user_svc.password_reset SET expires_at = now() - interval '1 second' WHERE account_id = ? AND used_at IS NULL")) {
            expire.setString(1, member.id());
            assertTrue(expire.executeUpdate() >= 1);
        }
        assertProblem(confirm(third, NEW_PASSWORD), 400, "VALIDATION_FAILED");
        member.login();

        int sent = notices(member.id()).size();
        assertEquals(202, requestReset(member.username()).statusCode(), "a fourth request within the period is answered alike");
        SagaThroughCoordinatorIT.sleep(1_500);
        assertEquals(sent, notices(member.id()).size(), "but sends nothing");
    }

    @Test
    void a_reset_lifts_a_sign_in_pause_and_the_notice_files_hold_no_password() throws Exception {
        Member member = Member.register();
        for (int i = 0; i < 5; i++) {
            IdentityIT.signIn(member.username(), "wrong password " + i);
        }
        assertProblem(IdentityIT.signIn(member.username(), member.password()), 401, "UNAUTHORIZED");
        assertEquals(204, confirm(resetToken(member), NEW_PASSWORD).statusCode());
        member.withPassword(NEW_PASSWORD).login();
        for (Path notice : notices(member.id())) {
            assertFalse(Files.readString(notice).contains(NEW_PASSWORD));
        }
    }
}
