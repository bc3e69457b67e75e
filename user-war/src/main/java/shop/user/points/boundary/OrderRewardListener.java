package shop.user.points.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import shop.platform.events.CloudEvent;
import shop.platform.events.EventType;
import shop.platform.events.Topics;
import shop.platform.inbox.EventHandler;
import shop.user.points.control.PointsLedger;

/**
 * Paid orders earn growth and points ({@code shop.order.paid}); refunds take their share back,
 * and a refund of the whole order before shipping ({@code shop.order.refunded}, reason
 * {@code USER_CANCELLED}) gives back the points the order used, the refund of a return its
 * share of them ({@code points}). Each event is applied once (the
 * inbox), each order rewarded once and each refund applied once (the ledger).
 */
@ApplicationScoped
public class OrderRewardListener implements EventHandler {

    static final String WHOLE_ORDER_REFUND = "USER_CANCELLED";

    @Inject
    PointsLedger ledger;

    @Override
    public String name() {
        return "order-rewards";
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
        String userId = data.getString("userId", null);
        if (EventType.ORDER_PAID.type().equals(event.type())) {
            if (userId != null) { // events of orders paid before they named their shopper earn nothing
                ledger.orderPaid(data.getString("orderId"), userId, fen(data));
            }
        } else if (EventType.ORDER_REFUNDED.type().equals(event.type())) {
            ledger.orderRefunded(data.getString("refundId"), data.getString("orderId"), fen(data),
                    WHOLE_ORDER_REFUND.equals(data.getString("reason", null)),
                    data.containsKey("points") ? data.getJsonNumber("points").longValueExact() : 0);
        }
    }

    private static long fen(JsonObject data) {
        return data.getJsonObject("amount").getJsonNumber("amount").longValueExact();
    }
}
