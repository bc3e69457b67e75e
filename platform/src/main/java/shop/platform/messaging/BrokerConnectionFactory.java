package shop.platform.messaging;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;

/**
 * The JMS connection factory for the shop's Artemis broker. Every service publishes and
 * subscribes through it; URL and credentials come from MicroProfile Config
 * ({@code shop.broker.url}, {@code shop.broker.user}, {@code shop.broker.password}).
 */
@ApplicationScoped
public class BrokerConnectionFactory {

    @Inject
    @ConfigProperty(name = "shop.broker.url")
    String url;

    @Inject
    @ConfigProperty(name = "shop.broker.user")
    String user;

    @Inject
    @ConfigProperty(name = "shop.broker.password")
    String password;

    private ActiveMQConnectionFactory factory;

    @Produces
    @ApplicationScoped
    public ConnectionFactory connectionFactory() {
        return factory();
    }

    synchronized ActiveMQConnectionFactory factory() {
        if (factory == null) {
            factory = new ActiveMQConnectionFactory(url, user, password);
            // Fail fast instead of hanging a request thread while the broker is away;
            // publishers retry from the outbox.
            factory.setCallTimeout(5_000);
            factory.setReconnectAttempts(0);
        }
        return factory;
    }

    @PreDestroy
    synchronized void close() {
        if (factory != null) {
            factory.close();
        }
    }
}
