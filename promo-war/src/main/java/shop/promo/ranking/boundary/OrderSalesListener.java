package shop.promo.ranking.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import shop.platform.events.CloudEvent;
import shop.platform.events.EventType;
import shop.platform.events.Topics;
import shop.platform.inbox.EventHandler;
import shop.promo.ranking.control.OrderSales;
import shop.promo.ranking.entity.PaidOrder;

/**
 * Paid orders count in rankings ({@code shop.order.paid}, its lines; not gifts exchanged for points); an order refunded in full
 * because it was cancelled before shipping ({@code shop.order.refunded}, reason
 * {@code USER_CANCELLED}) is taken back. One durable subscription for the service
 * ({@code promo.order-sales}), each event applied once; the order id guards against the same order
 * arriving in two events. Refunds of returned goods name no lines and change nothing here.
 */
@ApplicationScoped
public class OrderSalesListener implements EventHandler {

    static final String WHOLE_ORDER_REFUND = "USER_CANCELLED";

    @Inject
    OrderSales sales;

    @Override
    public String name() {
        return "order-sales";
    }

    @Override
    public String topic() {
        return Topics.ORDER;
    }

    @Override
    public String selector() {
        return "ce_type IN ('" + EventType.ORDER_PAID.type() + "', '" + EventType.ORDER_REFUNDED.type() + "')";
    }

    @Override
    public void handle(CloudEvent event) {
        JsonObject data = event.data();
        if (EventType.ORDER_PAID.type().equals(event.type())) {
            if (data.containsKey("pointsOfferId")) {
                return; // a gift exchanged for points is not a sale
            }
            sales.paid(paidOrder(data, event.time()));
        } else if (EventType.ORDER_REFUNDED.type().equals(event.type()) && WHOLE_ORDER_REFUND.equals(data.getString("reason", null))) {
            sales.refunded(data.getString("orderId"));
        }
    }

    /** The order's lines; paid when the payment succeeded ({@code paidAt}), else when the event happened. */
    static PaidOrder paidOrder(JsonObject data, OffsetDateTime eventTime) {
        PaidOrder.Lines lines = new PaidOrder.Lines();
        if (data.containsKey("lines")) {
            for (JsonObject line : data.getJsonArray("lines").getValuesAs(JsonObject.class)) {
                lines.add(line.getString("productId"), line.getJsonNumber("quantity").longValueExact());
            }
        }
        Instant paidAt = data.containsKey("paidAt") ? OffsetDateTime.parse(data.getString("paidAt")).toInstant()
                : eventTime == null ? Instant.now() : eventTime.toInstant();
        return lines.paid(data.getString("orderId"), paidAt);
    }
}
