package it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * No password, token or secret in any log line: after signing in, failing to, refreshing, signing
 * out and resetting a password, every log the platform writes (Liberty's messages, console, access
 * log and FFDC reports, the broker's and PostgreSQL's logs) is searched for the password typed,
 * the wrong one, each token issued and every generated secret of the installation.
 */
class LogHygieneIT {

    @Test
    void no_log_holds_a_password_a_token_or_a_secret() throws Exception {
        Member member = Member.register();
        JsonObject session = member.login();
        String wrong = "wrong " + java.util.UUID.randomUUID();
        IdentityIT.assertProblem(IdentityIT.signIn(member.username(), wrong), 401, "UNAUTHORIZED");
        JsonObject refreshed = RunningShop.json(IdentityIT.post("/user/auth/refresh", IdentityIT.refresh(session.getString("refreshToken")), null));
        String resetToken = PasswordResetIT.resetToken(member);
        String newPassword = "a fresh horse battery " + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertEquals(204, PasswordResetIT.confirm(resetToken, newPassword).statusCode());
        Shopping shopper = Shopping.shopper();
        shopper.placed(StockReservationIT.skuWithStock(2, 999), 1); // a checkout's calls between services, logged as they go

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("the password", member.password());
        secrets.put("a wrong password", wrong);
        secrets.put("the new password", newPassword);
        secrets.put("an access token's signature", signature(session.getString("accessToken")));
        secrets.put("a refreshed access token's signature", signature(refreshed.getString("accessToken")));
        secrets.put("a shopper's access token's signature", signature(shopper.token()));
        secrets.put("a refresh token", session.getString("refreshToken"));
        secrets.put("a rotated refresh token", refreshed.getString("refreshToken"));
        secrets.put("a password reset token", resetToken);
        secrets.put("a service token's signature", signature(RunningShop.serviceToken()));
        secrets.put("a service's credential", RunningShop.serviceCredential(RunningShop.secret("SHOP_SERVICE_SECRET"), "order"));
        for (String line : Files.readAllLines(RunningShop.DATA.resolve("secrets.env"))) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0 && line.length() - equals > 6) {
                secrets.put(line.substring(0, equals), line.substring(equals + 1).replace("'", ""));
            }
        }

        List<Path> logs = logs();
        assertTrue(logs.stream().anyMatch(p -> p.getFileName().toString().equals("messages.log")), "found the logs: " + logs);
        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            secrets.forEach((what, value) -> {
                if (text.contains(value)) {
                    found.add(what + " in " + RunningShop.DATA.relativize(log));
                }
            });
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    private static String signature(String jwt) {
        return jwt.substring(jwt.lastIndexOf('.') + 1);
    }

    /** Every log file of the installation (not the sandbox notices, which hold reset tokens by design). */
    private static List<Path> logs() throws IOException {
        List<Path> logs = new ArrayList<>();
        for (Path dir : List.of(RunningShop.DATA.resolve("liberty"), RunningShop.DATA.resolve("broker/log"), RunningShop.DATA.resolve("run"),
                RunningShop.DATA.resolve("postgres"))) {
            if (!Files.isDirectory(dir)) {
                continue; // an external database or broker keeps its own logs
            }
            try (Stream<Path> files = Files.walk(dir, dir.endsWith("postgres") ? 1 : 6)) {
                files.filter(Files::isRegularFile).filter(f -> {
                    String name = f.getFileName().toString();
                    return name.endsWith(".log") || name.startsWith("messages") || name.startsWith("console");
                }).forEach(logs::add);
            }
        }
        return logs;
    }
}
