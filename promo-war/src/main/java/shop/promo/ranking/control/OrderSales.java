package shop.promo.ranking.control;

import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import shop.promo.ranking.entity.PaidOrder;
import shop.promo.ranking.entity.SalesChange;

/**
 * Order history as rankings keep it: a paid order counts once (by order id, whatever events
 * carried it), a whole-order refund takes it back once. Observers of {@link SalesChange} (products
 * bought together) change in the same transaction.
 */
@ApplicationScoped
public class OrderSales {

    private static final Logger LOG = Logger.getLogger(OrderSales.class.getName());

    @Inject
    SalesBook sales;

    @Inject
    ProductFacts facts;

    @Inject
    Rankings rankings;

    @Inject
    Event<SalesChange> changes;

    @Transactional(Transactional.TxType.MANDATORY)
    public void paid(PaidOrder order) {
        if (order.unitsByProduct().isEmpty() || !sales.paid(order, rankings.window().bucketOf(order.paidAt()))) {
            return;
        }
        facts.sold(order.unitsByProduct().keySet());
        changes.fire(new SalesChange(order.orderId(), order.unitsByProduct().keySet(), 1));
        LOG.fine(() -> "order " + order.orderId() + " counted in rankings: " + order.unitsByProduct());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refunded(String orderId) {
        Set<String> products = sales.refunded(orderId);
        if (!products.isEmpty()) {
            changes.fire(new SalesChange(orderId, products, -1));
            LOG.info(() -> "order " + orderId + " refunded in full: taken back from rankings");
        }
    }
}
