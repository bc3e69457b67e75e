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

    /**
     * Receives for one handler until the application stops, re-subscribing with a growing pause
     * whenever the broker is lost. A shared durable subscription {@code <service>.<name>} in a
     * transacted session, or, for {@link EventHandler#everyReplica()}, a non-durable one of this
     * replica, which leaves nothing on the broker once the replica is gone.
     */
    private void consume(EventHandler handler) {
        boolean ownSubscription = handler.everyReplica();
        String subscription = service.name() + "." + handler.name();
        String label = subscription + (ownSubscription ? " (this replica)" : "");
        long backoff = 500;
        while (!stopping) {
            try (JMSContext context = broker.createContext(ownSubscription ? JMSContext.AUTO_ACKNOWLEDGE : JMSContext.SESSION_TRANSACTED);
                 JMSConsumer consumer = ownSubscription
                         ? context.createConsumer(context.createTopic(handler.topic()), handler.selector())
                         : context.createSharedDurableConsumer(context.createTopic(handler.topic()), subscription, handler.selector())) {
                context.start();
                backoff = 500;
                if (ownSubscription) {
                    catchUp(handler, label);
                }
                while (!stopping) {
                    Message message = consumer.receive(1_000);
                    if (message != null) {
                        if (ownSubscription) {
                            deliverHere(message, label, handler);
                        } else {
                            deliver(context, message, subscription, handler);
                        }
                    }
                }
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                LOG.warning(() -> "subscription " + label + " lost the broker or could not start, retrying: " + e);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    /** Catching up is the handler's business; live events flow meanwhile whatever it does. */
    private static void catchUp(EventHandler handler, String label) {
        try {
            handler.subscribed();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "subscription " + label + " could not catch up after subscribing", e);
        }
    }

    /** Applies an event of this replica's own subscription; a failure is logged, the handler's catch-up repairs it. */
    private static void deliverHere(Message message, String label, EventHandler handler) {
        try {
            handler.handle(CloudEvent.fromJson(message.getBody(String.class)));
        } catch (JMSRuntimeException e) {
            throw e;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "subscription " + label + " could not apply a message", e);
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
