package shop.promo.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.events.CloudEvent;
import shop.platform.events.EventType;
import shop.platform.events.Topics;
import shop.platform.inbox.EventHandler;
import shop.promo.exchange.control.PointsExchangeBook;

/**
 * A gift's order refunded ({@code shop.order.refunded}: cancelled before shipping, or sent back;
 * a gift order has one unit, so any refund is of all of it) gives the unit back to its points
 * offer. One durable subscription for the service ({@code promo.gift-refunds}), each event
 * applied once; refunds of other orders change nothing.
 */
@ApplicationScoped
public class GiftRefundListener implements EventHandler {

    @Inject
    PointsExchangeBook book;

    @Override
    public String name() {
        return "gift-refunds";
    }

    @Override
    public String topic() {
        return Topics.ORDER;
    }

    @Override
    public String selector() {
        return "ce_type = '" + EventType.ORDER_REFUNDED.type() + "'";
    }

    @Override
    public void handle(CloudEvent event) {
        book.orderRefunded(event.data().getString("orderId"));
    }
}
