package shop.catalog.product.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.catalog.product.control.ProductDetails;
import shop.platform.events.CloudEvent;
import shop.platform.events.Topics;
import shop.platform.inbox.EventHandler;

/**
 * Keeps this replica's product detail cache true: every {@code shop.catalog} event about a
 * product drops its entry here, whichever replica made the change.
 */
@ApplicationScoped
public class ProductCacheEvictions implements EventHandler {

    @Inject
    ProductDetails details;

    @Override
    public String name() {
        return "product-cache";
    }

    @Override
    public String topic() {
        return Topics.CATALOG;
    }

    @Override
    public String selector() {
        return null;
    }

    @Override
    public boolean everyReplica() {
        return true;
    }

    @Override
    public void subscribed() {
        details.evictAll();
    }

    @Override
    public void handle(CloudEvent event) {
        details.evict(event.subject());
    }
}
