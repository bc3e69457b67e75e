package shop.search.product.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.events.CloudEvent;
import shop.platform.events.Topics;
import shop.platform.inbox.EventHandler;
import shop.search.product.control.CatalogFollower;

/**
 * Applies {@code shop.catalog.product.*} events to this replica's index as they come, so a
 * published or edited product is searchable within a second. Each replica has its own
 * non-durable subscription; after (re)subscribing it catches up from the catalog's feed.
 */
@ApplicationScoped
public class CatalogEventsListener implements EventHandler {

    @Inject
    CatalogFollower follower;

    @Override
    public String name() {
        return "catalog-products";
    }

    @Override
    public String topic() {
        return Topics.CATALOG;
    }

    @Override
    public String selector() {
        return "ce_type IN ('shop.catalog.product.published', 'shop.catalog.product.updated', 'shop.catalog.product.unpublished')";
    }

    @Override
    public boolean everyReplica() {
        return true;
    }

    @Override
    public void subscribed() {
        follower.catchUp();
    }

    @Override
    public void handle(CloudEvent event) {
        follower.apply(event.data());
    }
}
