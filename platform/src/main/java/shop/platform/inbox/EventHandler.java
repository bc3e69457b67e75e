package shop.platform.inbox;

import shop.platform.events.CloudEvent;

/**
 * A service's reaction to events of one topic. Implement it as a CDI bean; the platform
 * subscribes it (a durable subscription shared by the service's replicas, named
 * {@code <service>.<name()>}) and calls {@link #handle} inside a transaction, at most once per
 * event id. Throwing rolls back the handler's changes and makes the broker redeliver.
 *
 * <p>A handler that keeps state in its replica's memory or disk (a cache, a search index)
 * returns true from {@link #everyReplica()}: each replica then gets every event through its own
 * non-durable subscription, which leaves nothing behind on the broker when the replica goes
 * away. Such a handler must be idempotent itself and must catch up after
 * {@link #subscribed()}, because events sent while it was not subscribed are not kept for it.
 */
public interface EventHandler {

    /** Stable name of this subscription within the service; renaming it starts a new subscription. */
    String name();

    /** The topic, one of {@link shop.platform.events.Topics}. */
    String topic();

    /** A JMS selector on the message properties, for example {@code ce_type = 'shop.user.registered'}. */
    String selector();

    void handle(CloudEvent event);

    /** True when every replica must see every event (see the class comment); default: one replica per event. */
    default boolean everyReplica() {
        return false;
    }

    /**
     * Called when an {@link #everyReplica()} subscription is (re)established, before the first
     * event it receives: the moment to drop or re-read what may have been missed meanwhile.
     */
    default void subscribed() {
    }
}
