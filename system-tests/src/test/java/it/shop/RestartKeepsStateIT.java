package it.shop;

import static it.shop.RunningShop.COORDINATOR;
import static it.shop.RunningShop.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;

/**
 * {@code ./shop down} then {@code ./shop up} loses nothing: database rows, messages the broker
 * holds for an absent subscriber, an LRA that was still active (which can then be closed
 * and drives its participant as before), and the search index in the data folder.
 */
class RestartKeepsStateIT {

    @Test
    void down_then_up_keeps_rows_undelivered_messages_and_active_sagas() throws Exception {
        // An active saga; its participant wrote a row in inventory's schema.
        String lra = SagaThroughCoordinatorIT.startSaga();
        assertEquals("ACTIVE", SagaThroughCoordinatorIT.recorded(lra).getString("state"));

        // A message waiting for an absent durable subscriber.
        String clientId = "it-wms-" + UUID.randomUUID();
        String subscription = "restart-" + UUID.randomUUID();
        String marker = UUID.randomUUID().toString();
        String selector = "it_marker = '" + marker + "'";
        try (JMSContext integrator = RunningShop.broker().createContext()) {
            integrator.setClientID(clientId);
            integrator.createDurableConsumer(integrator.createTopic("shop.inventory"), subscription, selector, false).close();
        }
        try (JMSContext publisher = RunningShop.broker().createContext()) {
            TextMessage message = publisher.createTextMessage("kept across a restart");
            message.setStringProperty("it_marker", marker);
            publisher.createProducer().send(publisher.createTopic("shop.inventory"), message);
        }

        // A product searchable before the restart.
        Operator operator = new Operator();
        String token = SearchIT.token();
        String product = operator.published(Operator.product("重启 " + token, Operator.category("智能手机"),
                Operator.Sku.of("黑色", 100))).getString("id");
        Shopping.await(() -> SearchIT.search(SearchIT.q(token)), r -> SearchIT.ids(r).contains(product), 5_000, "searchable");

        String down = RunningShop.launcher("down");
        assertTrue(down.contains("Stopped"), down);
        assertNotEquals(200, statusOrZero(RunningShop.PUBLIC + "/health/ready"), "the server is down");
        // down leaves nothing behind: no Liberty, broker or database listening any more.
        for (int port : new int[] {RunningShop.HTTP_PORT, RunningShop.HTTPS_PORT, RunningShop.INTERNAL_PORT,
                RunningShop.DB_PORT, RunningShop.BROKER_PORT}) {
            assertTrue(!RunningShop.listening(port), "nothing listens on " + port + " after down");
        }
        assertTrue(RunningShop.launcher("status", java.util.Map.of()).output().contains("liberty    stopped"));
        String up = RunningShop.launcher("up");
        assertTrue(up.contains("The shop is running"), up);

        // The row is still there, the saga still active at the coordinator.
        assertEquals("ACTIVE", SagaThroughCoordinatorIT.recorded(lra).getString("state"));
        // The coordinator reloads its log in the background (a recovery pass every few seconds).
        HttpResponse<String> status = get(lra + "/status");
        long deadline = System.currentTimeMillis() + 60_000;
        while (status.statusCode() == 404 && System.currentTimeMillis() < deadline) {
            SagaThroughCoordinatorIT.sleep(500);
            status = get(lra + "/status");
        }
        assertEquals(200, status.statusCode(), status.body());
        assertEquals("Active", status.body().trim());

        // The message waited for its subscriber.
        try (JMSContext integrator = RunningShop.broker().createContext()) {
            integrator.setClientID(clientId);
            try (JMSConsumer consumer = integrator.createDurableConsumer(
                    integrator.createTopic("shop.inventory"), subscription, selector, false)) {
                Message received = consumer.receive(10_000);
                assertNotNull(received, "the broker kept the undelivered message");
                assertEquals("kept across a restart", received.getBody(String.class));
            }
            integrator.unsubscribe(subscription);
        }

        // The search index survived in the data folder: no rebuild, the product still found.
        JsonObject index = RunningShop.json(operator.send("GET", "/search/index", null));
        assertFalse(index.getBoolean("needsRebuild"), index.toString());
        assertFalse(index.containsKey("lastRebuild"), "kept, not rebuilt: " + index);
        assertTrue(SearchIT.ids(SearchIT.search(SearchIT.q(token))).contains(product));
        operator.cleanUp();

        // And the saga still ends properly after the restart.
        assertEquals(200, SagaThroughCoordinatorIT.put(lra + "/close").statusCode());
        assertEquals(1, SagaThroughCoordinatorIT.awaitState(lra, "COMPLETED").getInt("effects"));
        assertTrue(lra.startsWith(COORDINATOR));
    }

    @Test
    void up_twice_does_not_start_twice() {
        String again = RunningShop.launcher("up");
        assertTrue(again.contains("Already running"), again);
    }

    private static int statusOrZero(String url) {
        try {
            return get(url).statusCode();
        } catch (IllegalStateException e) {
            return 0;
        }
    }
}
