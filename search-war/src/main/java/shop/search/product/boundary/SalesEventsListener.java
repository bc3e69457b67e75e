package shop.search.product.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import shop.platform.events.CloudEvent;
import shop.platform.events.Topics;
import shop.platform.inbox.EventHandler;
import shop.search.product.control.StockAndSales;

/** Counts units sold per product from {@code shop.order.paid}, once per event for the whole service (the "sales" sort). */
@ApplicationScoped
public class SalesEventsListener implements EventHandler {

    @Inject
    StockAndSales stockAndSales;

    @Override
    public String name() {
        return "sales";
    }

    @Override
    public String topic() {
        return Topics.ORDER;
    }

    @Override
    public String selector() {
        return "ce_type = 'shop.order.paid'";
    }

    @Override
    public void handle(CloudEvent event) {
        Map<String, Long> units = new LinkedHashMap<>();
        if (event.data().containsKey("lines")) {
            for (JsonValue value : event.data().getJsonArray("lines")) {
                JsonObject line = value.asJsonObject();
                units.merge(line.getString("productId"), line.getJsonNumber("quantity").longValue(), Long::sum);
            }
        }
        stockAndSales.sold(units);
    }
}
