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
