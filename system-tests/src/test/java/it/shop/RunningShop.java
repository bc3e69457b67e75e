package it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/**
 * The platform started by {@code ./shop up} for the system tests (see this module's pom):
 * its URLs, the broker, the secrets the launcher generated, and the launcher itself.
 */
final class RunningShop {

    static final Path ROOT = Path.of(System.getProperty("shop.root", "..")).toAbsolutePath().normalize();
    static final Path DATA = Path.of(System.getProperty("shop.data.dir", "target/shop-data")).toAbsolutePath();
    static final int HTTP_PORT = Integer.getInteger("shop.http.port", 19080);
    static final int HTTPS_PORT = Integer.getInteger("shop.https.port", 19443);
    static final int INTERNAL_PORT = Integer.getInteger("shop.internal.port", 19081);
    static final int DB_PORT = Integer.getInteger("shop.db.port", 25432);
    static final int BROKER_PORT = Integer.getInteger("shop.broker.port", 61617);
    /** Where AlipayIT's stand-in Alipay gateway listens (the shop under test is configured with it). */
    static final int PROVIDER_PORT = Integer.getInteger("shop.provider.port", 18089);

    static final String PUBLIC = "http://localhost:" + HTTP_PORT;
    static final String SECURE = "https://localhost:" + HTTPS_PORT;
    static final String INTERNAL = "http://127.0.0.1:" + INTERNAL_PORT;
    static final String COORDINATOR = INTERNAL + "/lra-coordinator/lra-coordinator";

    private static final HttpClient HTTP = client(null);

    private RunningShop() {
    }

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A client that trusts the shop's self-signed certificate, with a cookie jar if given. */
    static HttpClient client(java.net.CookieHandler cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .sslContext(trustingSelfSigned());
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(HTTP, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        if (built.headers().firstValue(AS_IS).isPresent()) {
            built = HttpRequest.newBuilder(built, (name, value) -> !name.equalsIgnoreCase(AS_IS)).build();
        } else if (wantsServiceToken(built)) {
            // Tests call internal endpoints as a service does: with a service token, renewed once
            // if refused (a test may have rotated the signing keys under it).
            HttpRequest unsigned = built;
            HttpResponse<String> answer = exchange(client, withServiceToken(unsigned));
            if (answer.statusCode() == 401) {
                serviceToken = null;
                answer = exchange(client, withServiceToken(unsigned));
            }
            return answer;
        }
        return exchange(client, built);
    }

    private static HttpRequest withServiceToken(HttpRequest request) {
        return HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", "Bearer " + serviceToken()).build();
    }

    private static HttpResponse<String> exchange(HttpClient client, HttpRequest built) {
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A header that makes {@link #send} pass the request on unchanged (no service token added). */
    static final String AS_IS = "X-Test-As-Is";

    /** An internal endpoint other than a saga callback or the token endpoint, called without a token. */
    private static boolean wantsServiceToken(HttpRequest request) {
        String url = request.uri().toString();
        String path = request.uri().getPath();
        return url.startsWith(INTERNAL) && path.contains("/internal/") && !path.endsWith("/complete")
                && !path.endsWith("/compensate") && !path.endsWith("/service-tokens")
                && request.headers().firstValue("Authorization").isEmpty();
    }

    private static volatile String serviceToken;
    private static volatile long serviceTokenUntil;

    /** A service token for "system-tests", from user-war for the credential the shop's service secret gives. */
    static synchronized String serviceToken() {
        if (serviceToken == null || System.currentTimeMillis() > serviceTokenUntil) {
            HttpResponse<String> issued = send(HttpRequest.newBuilder(URI.create(INTERNAL + "/user/internal/service-tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"system-tests\",\"credential\":\""
                            + serviceCredential(secret("SHOP_SERVICE_SECRET"), "system-tests") + "\"}")));
            assertEquals(200, issued.statusCode(), "service token: " + issued.body());
            serviceToken = json(issued).getString("accessToken");
            serviceTokenUntil = System.currentTimeMillis() + json(issued).getInt("expiresIn") * 500L;
        }
        return serviceToken;
    }

    /** HMAC-SHA256 of "shop-service:" and the name under the secret, base64url (docs/security.md). */
    static String serviceCredential(String secret, String service) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("shop-service:" + service).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    static JsonStructure parse(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A value the launcher generated into the data folder's secrets.env. */
    static String secret(String name) {
        try {
            for (String line : Files.readAllLines(DATA.resolve("secrets.env"))) {
                if (line.startsWith(name + "=")) {
                    return line.substring(name.length() + 1).replace("'", "");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException(name + " not in secrets.env");
    }

    static ActiveMQConnectionFactory broker() {
        return new ActiveMQConnectionFactory("tcp://127.0.0.1:" + BROKER_PORT, "shop", secret("SHOP_BROKER_PASSWORD"));
    }

    /** Runs {@code ./shop <command>} with this test run's settings; it must succeed. Returns its output. */
    static String launcher(String command) {
        LauncherRun run = launcher(command, Map.of());
        assertEquals(0, run.exitCode(), () -> "./shop " + command + " failed:\n" + run.output());
        return run.output();
    }

    /** Runs {@code ./shop <command>} with this test run's settings changed by {@code overrides}. */
    static LauncherRun launcher(String command, Map<String, String> overrides) {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("shop").toString(), command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(settings());
        builder.environment().putAll(overrides);
        try {
            Path log = Files.createTempFile("shop-" + command, ".log");
            Process process = builder.redirectOutput(log.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("./shop " + command + " did not finish");
            }
            return new LauncherRun(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How a launcher command ended. */
    record LauncherRun(int exitCode, String output) {
    }

    /** Whether something accepts connections on a local port. */
    static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Test-only faults the shop runs with, keyed on usernames tests choose, and settings that make
     * slow rules testable (delivered orders complete after 15 s, returns close 45 s after delivery, stalled refunds are carried on after 5 s); the pom sets the same.
     */
    static final Map<String, String> FAULTS = Map.ofEntries(
            Map.entry("SHOP_ORDER_REFUND_RETRY_AFTER", "PT5S"),
            Map.entry("SHOP_PAYMENT_FAULT_REFUSE_CREATION_FOR", "payfail.*"),
            Map.entry("SHOP_PAYMENT_FAULT_DELAY_CREATION_FOR", "slowpay.*"),
            Map.entry("SHOP_ORDER_AUTO_RECEIPT_AFTER", "PT15S"),
            Map.entry("SHOP_ORDER_AUTO_RECEIPT_SWEEP", "PT1S"),
            Map.entry("SHOP_ORDER_RETURN_WINDOW", "PT45S"),
            Map.entry("SHOP_USER_LOGIN_LOCKOUT", "PT8S"),
            Map.entry("SHOP_USER_POINTS_EXPIRY_SWEEP", "PT2S"),
            // Sandbox adapter: password reset notices, tokens included, as files in DATA/notifications.
            Map.entry("SHOP_USER_NOTIFICATIONS_OUTBOX_DIR", "notifications"),
            Map.entry("SHOP_CORS_ALLOWED_ORIGINS", "https://storefront.example"),
            // Alipay with test-only keys and AlipayIT's stand-in gateway.
            Map.entry("SHOP_PAYMENT_ALIPAY_APP_ID", "2021000000000001"),
            Map.entry("SHOP_PAYMENT_ALIPAY_PRIVATE_KEY", "file:" + ROOT.resolve("payment-war/src/test/resources/provider-samples/alipay-TEST-ONLY-app-private.pem")),
            Map.entry("SHOP_PAYMENT_ALIPAY_ALIPAY_PUBLIC_KEY", "file:" + ROOT.resolve("payment-war/src/test/resources/provider-samples/alipay-TEST-ONLY-platform-public.pem")),
            Map.entry("SHOP_PAYMENT_ALIPAY_GATEWAY", "http://127.0.0.1:" + PROVIDER_PORT + "/gateway.do"));

    /** Where the shop under test "sends" notices (its sandbox outbox, SHOP_USER_NOTIFICATIONS_OUTBOX_DIR). */
    static final Path NOTIFICATIONS = DATA.resolve("notifications");

    static Map<String, String> settings() {
        Map<String, String> env = new HashMap<>();
        env.put("SHOP_DATA_DIR", DATA.toString());
        env.put("SHOP_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("SHOP_HTTPS_PORT", String.valueOf(HTTPS_PORT));
        env.put("SHOP_INTERNAL_PORT", String.valueOf(INTERNAL_PORT));
        env.put("SHOP_DB_PORT", String.valueOf(DB_PORT));
        env.put("SHOP_BROKER_PORT", String.valueOf(BROKER_PORT));
        env.putAll(FAULTS);
        // CI's pass against an external PostgreSQL: every relaunch must use it too.
        for (String name : new String[] {"url", "user", "password"}) {
            String value = System.getProperty("shop.db." + name, "");
            if (!value.isEmpty()) {
                env.put("SHOP_DB_" + name.toUpperCase(), value);
            }
        }
        return env;
    }

    /** The shop's database as its administrator (every service's schema), embedded or external (CI's second pass). */
    static java.sql.Connection database() throws java.sql.SQLException {
        String url = System.getProperty("shop.db.url", "");
        if (!url.isEmpty()) {
            return java.sql.DriverManager.getConnection(url, System.getProperty("shop.db.user", ""), System.getProperty("shop.db.password", ""));
        }
        return java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + DB_PORT + "/shop", "postgres",
                secret("SHOP_PG_SUPERUSER_PASSWORD"));
    }

    /** The shop's HTTPS certificate is generated at first start (self-signed). */
    private static SSLContext trustingSelfSigned() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
