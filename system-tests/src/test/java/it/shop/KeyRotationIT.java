package it.shop;

import static it.shop.IdentityIT.PASSWORD;
import static it.shop.IdentityIT.header;
import static it.shop.IdentityIT.login;
import static it.shop.IdentityIT.registerShopper;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * Rotating the token signing key (docs/platform.md): an operator puts a new key pair next to the
 * old one in {@code SHOP_DATA_DIR/keys} and restarts; the new key signs, both are published in
 * the JWKS, and a token signed by the old key still verifies everywhere during the overlap.
 */
class KeyRotationIT {

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    static List<String> publishedKids() {
        return json(RunningShop.get(RunningShop.PUBLIC + "/user/.well-known/jwks.json")).getJsonArray("keys")
                .getValuesAs(JsonObject.class).stream().map(k -> k.getString("kid")).toList();
    }

    @Test
    void a_new_key_signs_after_a_restart_and_tokens_of_the_old_one_still_verify() throws Exception {
        JsonObject before = login(registerShopper(), PASSWORD);
        String oldToken = before.getString("accessToken");
        String oldKid = header(oldToken).getString("kid");

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String newKid = "rotated-" + System.currentTimeMillis();
        Path keys = RunningShop.DATA.resolve("keys");
        Path privateKey = keys.resolve(newKid + ".key");
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(keys.resolve(newKid + ".pub"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));

        RunningShop.launcher("down");
        assertTrue(RunningShop.launcher("up").contains("The shop is running"));

        List<String> kids = publishedKids();
        assertTrue(kids.contains(oldKid) && kids.contains(newKid), "both keys are published during the overlap: " + kids);
        JsonObject fresh = login(registerShopper(), PASSWORD);
        assertEquals(newKid, header(fresh.getString("accessToken")).getString("kid"), "the newest key signs");
        assertNotEquals(oldKid, newKid);

        // The old token still works in every service that checks tokens.
        for (String path : new String[] {"/user/me", "/order/orders", "/promo/me/coupons", "/order/cart"}) {
            HttpResponse<String> answer = IdentityIT.authorized("GET", path, null, oldToken);
            assertEquals(200, answer.statusCode(), path + " with the old key's token");
        }
        assertEquals(200, IdentityIT.authorized("GET", "/user/me", null, fresh.getString("accessToken")).statusCode());
        // A refresh token issued before the rotation gives a token of the new key.
        JsonObject refreshed = json(IdentityIT.post("/user/auth/refresh", IdentityIT.refresh(before.getString("refreshToken")), null));
        assertEquals(newKid, header(refreshed.getString("accessToken")).getString("kid"));
    }
}
