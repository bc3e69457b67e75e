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
    void every_service_reports_its_database_and_broker_ready_and_the_coordinator_its_recovery() {
        HttpResponse<String> response = get(PUBLIC + "/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = json(response);
        assertEquals("UP", health.getString("status"));
        Set<String> ready = new TreeSet<>();
        for (JsonObject check : health.getJsonArray("checks").getValuesAs(JsonObject.class)) {
            assertEquals("UP", check.getString("status"), check.toString());
            if (check.getString("name").equals("lra-coordinator")) {
                continue; // up once it has recovered the previous run's sagas; no database of its own
            }
            if (check.getString("name").equals("search-index")) {
                // Search's own index: ready once it holds the catalog.
                assertTrue(check.getJsonObject("data").getJsonNumber("products").longValue() > 0, check.toString());
                continue;
            }
            assertEquals("UP", check.getJsonObject("data").getString("database"), check.toString());
            assertEquals("UP", check.getJsonObject("data").getString("broker"), check.toString());
            ready.add(check.getString("name"));
        }
        assertEquals(new TreeSet<>(SERVICES), ready);
        assertTrue(health.toString().contains("\"lra-coordinator\""), "the coordinator reports its readiness: " + health);
        assertTrue(health.toString().contains("\"search-index\""), "search reports its index: " + health);
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
        assertEquals(SECURE + "/adminCenter/", adminCenterLogin(secret("SHOP_ADMIN_PASSWORD")));
        assertTrue(adminCenterLogin("wrong-password").contains("login-error"));
    }

    @Test
    void a_path_no_service_owns_is_a_problem_404() {
        HttpResponse<String> response = get(PUBLIC + "/no-such-service/anything");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("NOT_FOUND", json(response).getString("code"));
        HttpResponse<String> root = get(PUBLIC + "/");
        assertEquals(200, root.statusCode());
        assertTrue(json(root).getJsonArray("services").size() >= 8);
    }

    @Test
    void the_back_office_page_is_served_and_only_read() {
        HttpResponse<String> response = get(PUBLIC + "/admin/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Shop back-office"));
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(PUBLIC + "/admin/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        IdentityIT.assertProblem(posted, 405, "METHOD_NOT_ALLOWED");
    }

    /**
     * Signs in to Admin Center as a browser does (login page, its CSRF cookie, the form post);
     * returns where Liberty redirects: the console when signed in, the login error otherwise.
     */
    private static String adminCenterLogin(String password) {
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient browser = RunningShop.client(cookies);
        String loginPage = SECURE + "/adminCenter/login.jsp";
        RunningShop.send(browser, HttpRequest.newBuilder(URI.create(loginPage)).GET());
        String csrf = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("csrfToken"))
                .map(java.net.HttpCookie::getValue)
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("the login page sets a CSRF cookie"));
        String form = "j_username=admin&j_password=" + RunningShop.encoded(password)
                + "&X-CSRF-Token=" + RunningShop.encoded(csrf);
        HttpResponse<String> posted = RunningShop.send(browser, HttpRequest.newBuilder(URI.create(SECURE + "/adminCenter/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", SECURE)
                .header("Referer", loginPage)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(302, posted.statusCode(), posted.body());
        return posted.headers().firstValue("Location").orElse("");
    }

    private static HttpRequest.Builder basic(String url, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + credentials).GET();
    }
}
