package it.shop;

import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.SECURE;
import static it.shop.RunningShop.get;
import static it.shop.RunningShop.json;
import static it.shop.RunningShop.secret;
import static it.shop.RunningShop.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/** The platform as ./shop up leaves it: every app ready, the server-wide endpoints served. */
class PlatformReadyIT {

    private static final Set<String> SERVICES =
            Set.of("user", "catalog", "inventory", "order", "payment", "promo", "search", "admin");

    @Test
    void every_service_reports_its_database_and_broker_ready() {
        HttpResponse<String> response = get(PUBLIC + "/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = json(response);
        assertEquals("UP", health.getString("status"));
        Set<String> ready = new TreeSet<>();
        for (JsonObject check : health.getJsonArray("checks").getValuesAs(JsonObject.class)) {
            assertEquals("UP", check.getString("status"), check.toString());
            assertEquals("UP", check.getJsonObject("data").getString("database"), check.toString());
            assertEquals("UP", check.getJsonObject("data").getString("broker"), check.toString());
            ready.add(check.getString("name"));
        }
        assertEquals(new TreeSet<>(SERVICES), ready);
    }

    @Test
    void liveness_is_served() {
        HttpResponse<String> response = get(PUBLIC + "/health/live");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("UP", json(response).getString("status"));
    }

    @Test
    void openapi_documents_the_services_and_has_a_ui() {
        HttpResponse<String> document = get(PUBLIC + "/openapi");
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("openapi: 3"), document.body());
        assertTrue(document.body().contains("title: Shop platform API"), "one merged document for the server");
        assertTrue(!document.body().contains("/internal/"), "internal endpoints stay out of the public API document");
        HttpResponse<String> ui = get(PUBLIC + "/openapi/ui/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<html"), "the UI page is HTML");
    }

    @Test
    void metrics_are_served_as_prometheus_text() {
        HttpResponse<String> response = get(PUBLIC + "/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(response.body().contains("# TYPE "), "Prometheus exposition format");
        assertTrue(response.body().contains("jvm_uptime"), "base metrics present");
    }

    @Test
    void https_serves_the_same_base_url() {
        HttpResponse<String> response = get(SECURE + "/health/ready");
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void admin_center_signs_in_admin_through_libertys_registry() {
        HttpResponse<String> page = get(SECURE + "/adminCenter/");
        assertTrue(page.statusCode() == 302 || page.statusCode() == 200, "Admin Center answers: " + page.statusCode());

        // The Admin Center's REST connector authenticates against the same registry.
        String connector = SECURE + "/IBMJMXConnectorREST/";
        assertEquals(200, send(basic(connector, "admin", secret("SHOP_ADMIN_PASSWORD"))).statusCode());
        assertEquals(401, send(basic(connector, "admin", "wrong-password")).statusCode());
    }

    @Test
    void admin_center_form_login_accepts_admin_and_refuses_a_wrong_password() {
        HttpResponse<String> good = send(form(SECURE + "/adminCenter/j_security_check",
                "j_username=admin&j_password=" + RunningShop.encoded(secret("SHOP_ADMIN_PASSWORD"))));
        assertEquals(302, good.statusCode(), good.body());
        assertTrue(hasSession(good), "a signed-in session: " + good.headers().allValues("Set-Cookie"));

        HttpResponse<String> bad = send(form(SECURE + "/adminCenter/j_security_check", "j_username=admin&j_password=nope"));
        assertTrue(!hasSession(bad), "no session for a wrong password: " + bad.headers().allValues("Set-Cookie"));
    }

    @Test
    void the_back_office_page_is_served() {
        HttpResponse<String> response = get(PUBLIC + "/admin/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Shop back-office"));
    }

    /** Whether Liberty issued a (non-empty) single sign-on token cookie. */
    private static boolean hasSession(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("LtpaToken2="))
                .map(cookie -> cookie.substring("LtpaToken2=".length()).split(";", 2)[0].replace("\"", ""))
                .anyMatch(value -> !value.isEmpty());
    }

    private static HttpRequest.Builder form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder basic(String url, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + credentials).GET();
    }
}
