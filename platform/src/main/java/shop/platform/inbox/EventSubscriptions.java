package shop.platform.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import shop.platform.ServiceIdentity;
import shop.platform.events.CloudEvent;

/**
 * Runs one consumer thread per {@link EventHandler} bean of the service. Each receives in a
 * transacted JMS session: the message is acknowledged only after the handler's transaction
 * committed, and rolled back (so redelivered, then dead-lettered at the broker's limit) when
 * the event is malformed or the handler fails. A lost broker connection is re-established.
 */
@ApplicationScoped
public class EventSubscriptions {

    private static final Logger LOG = Logger.getLogger(EventSubscriptions.class.getName());

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    ConnectionFactory broker;

    @Inject
    Inbox inbox;

    @Inject
    ServiceIdentity service;

    @Resource
    ManagedThreadFactory threads;

    private final List<Thread> running = new ArrayList<>();
    private volatile boolean stopping;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (EventHandler handler : handlers) {
            Thread thread = threads.newThread(() -> consume(handler));
            thread.setName("events-" + service.name() + "-" + handler.name());
            thread.start();
            running.add(thread);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        running.forEach(Thread::interrupt);
    }

    private void consume(EventHandler handler) {
        if (handler.everyReplica()) {
            consumeInThisReplica(handler);
            return;
        }
        String subscription = service.name() + "." + handler.name();
        long backoff = 500;
        while (!stopping) {
            try (JMSContext context = broker.createContext(JMSContext.SESSION_TRANSACTED);
                 JMSConsumer consumer = context.createSharedDurableConsumer(
                         context.createTopic(handler.topic()), subscription, handler.selector())) {
                context.start();
                backoff = 500;
                while (!stopping) {
                    Message message = consumer.receive(1_000);
                    if (message != null) {
                        deliver(context, message, subscription, handler);
                    }
                }
            } catch (JMSRuntimeException e) {
                if (stopping) {
                    return;
                }
                LOG.warning(() -> "subscription " + subscription + " lost the broker, reconnecting: " + e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    /** A non-durable subscription: nothing stays on the broker for a replica that is gone. */
    private void consumeInThisReplica(EventHandler handler) {
        String subscription = service.name() + "." + handler.name() + " (this replica)";
        long backoff = 500;
        while (!stopping) {
            try (JMSContext context = broker.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                 JMSConsumer consumer = context.createConsumer(context.createTopic(handler.topic()), handler.selector())) {
                context.start();
                backoff = 500;
                try {
                    handler.subscribed();
                } catch (RuntimeException e) {
                    // Catching up is the handler's business; live events still flow meanwhile.
                    LOG.log(Level.WARNING, "subscription " + subscription + " could not catch up after subscribing", e);
                }
                while (!stopping) {
                    Message message = consumer.receive(1_000);
                    if (message != null) {
                        try {
                            handler.handle(CloudEvent.fromJson(message.getBody(String.class)));
                        } catch (JMSRuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            // Nothing to redeliver from a non-durable subscription: the handler's catch-up repairs it.
                            LOG.log(Level.WARNING, "subscription " + subscription + " could not apply a message", e);
                        }
                    }
                }
            } catch (JMSRuntimeException e) {
                if (stopping) {
                    return;
                }
                LOG.warning(() -> "subscription " + subscription + " lost the broker, reconnecting: " + e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                LOG.log(Level.WARNING, "subscription " + subscription + " failed to start, retrying", e);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private void deliver(JMSContext context, Message message, String subscription, EventHandler handler) {
        try {
            CloudEvent event = CloudEvent.fromJson(message.getBody(String.class));
            inbox.apply(subscription, event, handler);
            context.commit();
        } catch (JMSRuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Rolled back: the broker redelivers, and parks the message in the DLQ at its limit.
            LOG.log(Level.WARNING, "subscription " + subscription + " could not apply a message; it will be redelivered", e);
            context.rollback();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
