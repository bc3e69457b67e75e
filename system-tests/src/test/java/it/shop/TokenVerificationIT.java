package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.IdentityIT.authorized;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every service verifies tokens itself (mpJwt against user-war's JWKS): a token with a wrong
 * signature, {@code alg: none}, expired, or for another issuer or audience is 401 everywhere,
 * while a good one passes. Tokens are made here with the shop's own signing key from the data
 * folder, so only the claim under test is wrong.
 */
class TokenVerificationIT {

    /** One path per service: a bad token must be refused before the path is even looked at. */
    private static final List<String> SERVICES = List.of("/user/me", "/catalog/products", "/inventory/stock/x",
            "/order/orders", "/payment/payments/x", "/promo/me/coupons", "/search/products", "/admin/api/reports");

    @Test
    void a_token_made_right_is_accepted() throws Exception {
        String token = sign(claims("shop", "shop", Instant.now().plusSeconds(300)), shopKey(), kid());
        assertEquals(200, authorized("GET", "/user/me", null, token).statusCode());
    }

    @Test
    void expired_tokens_are_refused_everywhere() throws Exception {
        refusedEverywhere(sign(claims("shop", "shop", Instant.now().minusSeconds(120)), shopKey(), kid()));
    }

    @Test
    void tokens_for_another_issuer_are_refused_everywhere() throws Exception {
        refusedEverywhere(sign(claims("evil", "shop", Instant.now().plusSeconds(300)), shopKey(), kid()));
    }

    @Test
    void tokens_for_another_audience_are_refused_everywhere() throws Exception {
        refusedEverywhere(sign(claims("shop", "elsewhere", Instant.now().plusSeconds(300)), shopKey(), kid()));
    }

    @Test
    void tokens_signed_by_another_key_are_refused_everywhere() throws Exception {
        PrivateKey other = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        refusedEverywhere(sign(claims("shop", "shop", Instant.now().plusSeconds(300)), other, kid()));
    }

    @Test
    void unsigned_tokens_are_refused_everywhere() throws Exception {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        refusedEverywhere(header + "." + b64(claims("shop", "shop", Instant.now().plusSeconds(300))) + ".");
    }

    private static void refusedEverywhere(String token) {
        for (String path : SERVICES) {
            assertProblem(authorized("GET", path, null, token), 401, "UNAUTHORIZED");
        }
    }

    private static String claims(String issuer, String audience, Instant expires) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"" + adminId() + "\",\"upn\":\"admin\","
                + "\"groups\":[\"shopper\"],\"iat\":" + (now - 5) + ",\"exp\":" + expires.getEpochSecond()
                + ",\"jti\":\"" + java.util.UUID.randomUUID() + "\"}";
    }

    private static String sign(String claims, PrivateKey key, String kid) throws Exception {
        String signingInput = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + b64(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    private static Path keyFile() throws Exception {
        try (Stream<Path> files = Files.list(RunningShop.DATA.resolve("keys"))) {
            return files.filter(p -> p.toString().endsWith(".key")).findFirst().orElseThrow();
        }
    }

    private static String kid() throws Exception {
        String name = keyFile().getFileName().toString();
        return name.substring(0, name.length() - ".key".length());
    }

    private static PrivateKey shopKey() throws Exception {
        String pem = Files.readString(keyFile()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    /** The admin account's id, so a well-made token names an account that exists. */
    private static String adminId() {
        String token = IdentityIT.login("admin", RunningShop.secret("SHOP_ADMIN_PASSWORD")).getString("accessToken");
        return IdentityIT.claims(token).getString("sub");
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
