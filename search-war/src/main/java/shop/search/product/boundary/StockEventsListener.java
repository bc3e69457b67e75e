package shop.search.product.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.events.CloudEvent;
import shop.platform.events.Topics;
import shop.platform.inbox.EventHandler;
import shop.search.product.control.StockAndSales;

/** Records each SKU's available stock from {@code shop.inventory.stock.changed}, once per event for the whole service. */
@ApplicationScoped
public class StockEventsListener implements EventHandler {

    @Inject
    StockAndSales stockAndSales;

    @Override
    public String name() {
        return "stock";
    }

    @Override
    public String topic() {
        return Topics.INVENTORY;
    }

    @Override
    public String selector() {
        return "ce_type = 'shop.inventory.stock.changed'";
    }

    @Override
    public void handle(CloudEvent event) {
        stockAndSales.stockChanged(event.data().getString("skuId"), event.data().getJsonNumber("available").longValue(), event.time());
    }
}
