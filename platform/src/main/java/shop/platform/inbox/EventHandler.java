package shop.platform.inbox;

import shop.platform.events.CloudEvent;

/**
 * A service's reaction to events of one topic. Implement it as a CDI bean; the platform
 * subscribes it (a durable subscription shared by the service's replicas, named
 * {@code <service>.<name()>}) and calls {@link #handle} inside a transaction, at most once per
 * event id. Throwing rolls back the handler's changes and makes the broker redeliver.
 */
public interface EventHandler {

    /** Stable name of this subscription within the service; renaming it starts a new subscription. */
    String name();

    /** The topic, one of {@link shop.platform.events.Topics}. */
    String topic();

    /** A JMS selector on the message properties, for example {@code ce_type = 'shop.user.registered'}. */
    String selector();

    void handle(CloudEvent event);
}
