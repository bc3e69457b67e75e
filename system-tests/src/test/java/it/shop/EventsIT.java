package it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.json.JsonObject;

/**
 * Events as integrators receive them: CloudEvents on the shop's topics, written through the
 * transactional outbox, so a refused change publishes nothing and a broker outage delays
 * events without losing or doubling any.
 */
class EventsIT {

    @Test
    void registering_publishes_user_registered_as_a_cloud_event() throws Exception {
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer consumer = integrator.createConsumer(integrator.createTopic("shop.user"),
                     "ce_type = 'shop.user.registered'")) {
            integrator.start();
            String username = IdentityIT.registerShopper();
            long registeredAt = System.nanoTime();

            JsonObject event = nextFor(consumer, username, 10_000);
            long latencyMs = (System.nanoTime() - registeredAt) / 1_000_000;
            assertNotNull(event, "shop.user.registered arrived");
            assertEquals("1.0", event.getString("specversion"));
            assertEquals("shop.user.registered", event.getString("type"));
            assertEquals("/user", event.getString("source"));
            assertEquals("application/json", event.getString("datacontenttype"));
            assertEquals("https://shop.example/events/user-registered.json", event.getString("dataschema"));
            assertEquals(event.getJsonObject("data").getString("userId"), event.getString("subject"));
            assertTrue(event.getString("time").matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)"), event.getString("time"));
            assertTrue(latencyMs < 2_000, "published right after commit, not by a slow sweep: " + latencyMs + " ms");
        }
    }

    @Test
    void a_refused_registration_publishes_nothing() throws Exception {
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer consumer = integrator.createConsumer(integrator.createTopic("shop.user"),
                     "ce_type = 'shop.user.registered'")) {
            integrator.start();
            String username = IdentityIT.registerShopper();
            assertNotNull(nextFor(consumer, username, 10_000));
            IdentityIT.assertProblem(IdentityIT.post("/user/auth/register",
                    "{\"username\":\"" + username + "\",\"password\":\"" + IdentityIT.PASSWORD + "\"}", null), 409, "CONFLICT");
            assertNull(nextFor(consumer, username, 3_000), "the refused registration left no event");
        }
    }

    @Test
    void racing_registrations_of_one_name_create_one_account_and_one_event() throws Exception {
        // The losers wrote their account and event, then hit the unique key and rolled back:
        // their events must never leave the outbox.
        String username = IdentityIT.uniqueName();
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + IdentityIT.PASSWORD + "\"}";
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer consumer = integrator.createConsumer(integrator.createTopic("shop.user"),
                     "ce_type = 'shop.user.registered'")) {
            integrator.start();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            java.util.List<java.util.concurrent.Future<Integer>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(pool.submit(() -> IdentityIT.post("/user/auth/register", body, null).statusCode()));
            }
            int created = 0;
            for (var attempt : attempts) {
                int status = attempt.get();
                assertTrue(status == 201 || status == 409, "created or conflict: " + status);
                created += status == 201 ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(1, created, "one account");
            assertNotNull(nextFor(consumer, username, 10_000), "the winner's event");
            assertNull(nextFor(consumer, username, 3_000), "no event from a rolled-back registration");
        }
    }

    @Test
    void the_outbox_drains_after_a_broker_outage_with_nothing_lost_or_doubled() throws Exception {
        String clientId = "it-crm-" + UUID.randomUUID();
        String subscription = "users-" + UUID.randomUUID();
        try (JMSContext integrator = RunningShop.broker().createContext()) {
            integrator.setClientID(clientId);
            integrator.createDurableConsumer(integrator.createTopic("shop.user"), subscription,
                    "ce_type = 'shop.user.registered'", false).close();
        }

        stopBroker();
        Map<String, Integer> registered = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            // Shoppers can still register while the broker is away; their events wait in the outbox.
            registered.put(IdentityIT.registerShopper(), 0);
        }
        RunningShop.launcher("up");

        try (JMSContext integrator = RunningShop.broker().createContext()) {
            integrator.setClientID(clientId);
            try (JMSConsumer consumer = integrator.createDurableConsumer(integrator.createTopic("shop.user"), subscription,
                    "ce_type = 'shop.user.registered'", false)) {
                long deadline = System.currentTimeMillis() + 60_000;
                while (registered.containsValue(0) && System.currentTimeMillis() < deadline) {
                    Message message = consumer.receive(1_000);
                    if (message != null) {
                        String username = event(message).getJsonObject("data").getString("username");
                        registered.computeIfPresent(username, (name, count) -> count + 1);
                    }
                }
                for (Message extra = consumer.receive(3_000); extra != null; extra = consumer.receive(1_000)) {
                    String username = event(extra).getJsonObject("data").getString("username");
                    registered.computeIfPresent(username, (name, count) -> count + 1);
                }
            }
            integrator.unsubscribe(subscription);
        }
        registered.forEach((username, count) -> assertEquals(1, count, username + " delivered once"));
    }

    /** Kills the embedded broker, as a crash would. */
    private static void stopBroker() throws Exception {
        long pid = Long.parseLong(Files.readString(RunningShop.DATA.resolve("run/broker.pid")).trim());
        ProcessHandle broker = ProcessHandle.of(pid).orElseThrow();
        broker.descendants().forEach(ProcessHandle::destroyForcibly);
        broker.destroyForcibly();
        broker.onExit().get();
        long deadline = System.currentTimeMillis() + 20_000;
        while (RunningShop.listening(RunningShop.BROKER_PORT) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
    }

    private static JsonObject nextFor(JMSConsumer consumer, String username, long waitMillis) throws Exception {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (System.currentTimeMillis() < deadline) {
            Message message = consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
            if (message == null) {
                return null;
            }
            JsonObject event = event(message);
            assertEquals(event.getString("type"), message.getStringProperty("ce_type"));
            if (username.equals(event.getJsonObject("data").getString("username"))) {
                return event;
            }
        }
        return null;
    }

    private static JsonObject event(Message message) throws Exception {
        return (JsonObject) RunningShop.parse(message.getBody(String.class));
    }
}
