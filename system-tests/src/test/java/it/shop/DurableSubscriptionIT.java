package it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

/**
 * JMS through the real broker as an integrator sees it: a durable subscription on a shop topic
 * keeps what was published while its subscriber was away, and the broker demands credentials.
 */
class DurableSubscriptionIT {

    @Test
    void a_durable_subscription_keeps_messages_while_its_subscriber_is_down() throws Exception {
        String clientId = "it-erp-" + UUID.randomUUID();
        String subscription = "orders-" + UUID.randomUUID();
        String marker = UUID.randomUUID().toString();
        String selector = "it_marker = '" + marker + "'";

        // Subscribe once, then go away.
        try (JMSContext integrator = RunningShop.broker().createContext()) {
            integrator.setClientID(clientId);
            Topic topic = integrator.createTopic("shop.order");
            integrator.createDurableConsumer(topic, subscription, selector, false).close();
        }

        // Published while nobody listens.
        try (JMSContext publisher = RunningShop.broker().createContext()) {
            TextMessage message = publisher.createTextMessage("{\"hello\":\"integrator\"}");
            message.setStringProperty("it_marker", marker);
            message.setStringProperty("ce_type", "shop.order.test");
            publisher.createProducer().send(publisher.createTopic("shop.order"), message);
        }

        // Back again: the message was kept for the subscription, and is delivered once.
        try (JMSContext integrator = RunningShop.broker().createContext(JMSContext.CLIENT_ACKNOWLEDGE)) {
            integrator.setClientID(clientId);
            Topic topic = integrator.createTopic("shop.order");
            try (JMSConsumer consumer = integrator.createDurableConsumer(topic, subscription, selector, false)) {
                Message received = consumer.receive(10_000);
                assertNotNull(received, "the durable subscription kept the message");
                assertEquals("{\"hello\":\"integrator\"}", received.getBody(String.class));
                assertEquals("shop.order.test", received.getStringProperty("ce_type"));
                received.acknowledge();
                assertNull(consumer.receive(500), "delivered once");
            }
            integrator.unsubscribe(subscription);
        }
    }

    @Test
    void integrators_can_speak_stomp_on_the_same_port() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", RunningShop.BROKER_PORT)) {
            socket.setSoTimeout(10_000);
            String connect = "CONNECT\naccept-version:1.2\nhost:localhost\nlogin:shop\npasscode:"
                    + RunningShop.secret("SHOP_BROKER_PASSWORD") + "\n\n\0";
            socket.getOutputStream().write(connect.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] reply = new byte[9];
            int read = socket.getInputStream().readNBytes(reply, 0, reply.length);
            assertEquals("CONNECTED", new String(reply, 0, read, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void integrators_can_speak_amqp_on_the_same_port() throws Exception {
        // An AMQP 1.0 client opens with the SASL protocol header; an AMQP broker answers with its own.
        byte[] saslHeader = {'A', 'M', 'Q', 'P', 3, 1, 0, 0};
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", RunningShop.BROKER_PORT)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(saslHeader);
            byte[] reply = socket.getInputStream().readNBytes(8);
            org.junit.jupiter.api.Assertions.assertArrayEquals(saslHeader, reply);
        }
    }

    @Test
    void the_broker_refuses_wrong_credentials() {
        var factory = new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + RunningShop.BROKER_PORT, "shop", "not-the-password");
        org.junit.jupiter.api.Assertions.assertThrows(JMSRuntimeException.class, () -> {
            try (JMSContext context = factory.createContext()) {
                context.createProducer();
            }
        });
    }
}
