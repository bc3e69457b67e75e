package shop.promo.ranking.entity;

import java.util.Set;

/**
 * Fired (synchronously, inside the event's transaction) when a paid order was counted
 * ({@code orders} +1) or taken back by a refund (-1), naming the order's products; what else
 * follows order history (products bought together) observes it and commits or fails with it.
 */
public record SalesChange(String orderId, Set<String> productIds, int orders) {

    public SalesChange {
        productIds = Set.copyOf(productIds);
        if (orders != 1 && orders != -1) {
            throw new IllegalArgumentException("an order counts once or is taken back once: " + orders);
        }
    }
}
