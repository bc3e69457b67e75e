package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.IdentityIT.authorized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * Consuming events, shown with the back-office's sign-up report (fed by shop.user.registered):
 * each event counts once however often it arrives, and a message no one can process ends in
 * the dead-letter queue, where operators see it.
 */
class InboxIT {

    @Test
    void a_registration_reaches_the_sign_up_report() throws Exception {
        String admin = adminToken();
        int before = registrationsOn(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), admin);
        IdentityIT.registerShopper();
        awaitCount(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), before + 1, admin);
    }

    @Test
    void a_duplicated_event_is_applied_once() throws Exception {
        String admin = adminToken();
        LocalDate day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        String once = registered(UUID.randomUUID().toString(), day);
        publish(once, "shop.user.registered", null);
        publish(once, "shop.user.registered", null);
        publish(registered(UUID.randomUUID().toString(), day), "shop.user.registered", null);
        awaitCount(day, 2, admin);
        Thread.sleep(2_000);
        assertEquals(2, registrationsOn(day, admin), "two distinct events, the duplicate counted once");
    }

    @Test
    void a_poison_message_ends_in_the_dead_letter_queue_visible_to_operators() throws Exception {
        String marker = "poison-" + UUID.randomUUID();
        publish("{\"this is\": \"" + marker + "\"", "shop.user.registered", marker);

        String admin = adminToken();
        long deadline = System.currentTimeMillis() + 90_000;
        JsonObject parked = null;
        while (parked == null && System.currentTimeMillis() < deadline) {
            JsonArray letters = RunningShop.parse(authorized("GET", "/admin/api/dead-letters?limit=1000", null, admin).body()).asJsonArray();
            parked = letters.getValuesAs(JsonObject.class).stream()
                    .filter(l -> l.getString("body").contains(marker)).findFirst().orElse(null);
            if (parked == null) {
                Thread.sleep(1_000);
            }
        }
        assertTrue(parked != null, "the poison message reached the DLQ");
        assertEquals("shop.user.registered", parked.getString("type"));
        assertEquals("shop.user", parked.getString("originalAddress"));
    }

    @Test
    void only_staff_see_reports_and_dead_letters() {
        String shopper = IdentityIT.login(IdentityIT.registerShopper(), IdentityIT.PASSWORD).getString("accessToken");
        assertProblem(authorized("GET", "/admin/api/dead-letters", null, shopper), 403, "FORBIDDEN");
        assertProblem(authorized("GET", "/admin/api/reports/registrations", null, shopper), 403, "FORBIDDEN");
        assertProblem(authorized("GET", "/admin/api/dead-letters", null, null), 401, "UNAUTHORIZED");
        assertProblem(authorized("GET", "/admin/api/reports/registrations?days=0", null, adminToken()), 400, "VALIDATION_FAILED");
    }

    private static String registered(String id, LocalDate day) {
        String userId = UUID.randomUUID().toString();
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/it\",\"type\":\"shop.user.registered\","
                + "\"time\":\"" + day + "T02:00:00Z\",\"subject\":\"" + userId + "\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"userId\":\"" + userId + "\",\"username\":\"it\",\"registeredAt\":\"" + day + "T02:00:00Z\"}}";
    }

    private static void publish(String body, String type, String marker) throws Exception {
        try (JMSContext context = RunningShop.broker().createContext()) {
            TextMessage message = context.createTextMessage(body);
            message.setStringProperty("ce_type", type);
            if (marker != null) {
                message.setStringProperty("it_marker", marker);
            }
            context.createProducer().send(context.createTopic("shop.user"), message);
        }
    }

    private static void awaitCount(LocalDate day, int expected, String admin) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (registrationsOn(day, admin) < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
        }
        assertEquals(expected, registrationsOn(day, admin));
    }

    private static int registrationsOn(LocalDate day, String admin) {
        var response = authorized("GET", "/admin/api/reports/registrations?days=1", null, admin);
        assertEquals(200, response.statusCode(), response.body());
        return RunningShop.parse(response.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("day").equals(day.toString()))
                .mapToInt(r -> r.getInt("registrations")).findFirst().orElse(0);
    }

    private static String adminToken() {
        return IdentityIT.login("admin", RunningShop.secret("SHOP_ADMIN_PASSWORD")).getString("accessToken");
    }
}
