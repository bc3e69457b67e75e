package shop.order.delivery.boundary;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.order.checkout.control.OrderBook;
import shop.platform.events.CloudEvent;
import shop.platform.events.Topics;
import shop.platform.inbox.EventHandler;

/** Marks an order delivered when the carrier delivered its shipment ({@code shop.inventory.shipment.delivered}). */
@ApplicationScoped
public class DeliveryListener implements EventHandler {

    @Inject
    OrderBook orders;

    @Override
    public String name() {
        return "deliveries";
    }

    @Override
    public String topic() {
        return Topics.INVENTORY;
    }

    @Override
    public String selector() {
        return "ce_type = 'shop.inventory.shipment.delivered'";
    }

    @Override
    public void handle(CloudEvent event) {
        orders.delivered(event.data().getString("orderId"), event.data().getString("shipmentId"),
                OffsetDateTime.parse(event.data().getString("deliveredAt")));
    }
}
