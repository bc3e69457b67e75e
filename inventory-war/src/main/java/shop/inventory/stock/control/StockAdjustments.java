package shop.inventory.stock.control;

import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.inventory.stock.control.StockLedger.After;
import shop.inventory.stock.control.StockLedger.Kind;
import shop.inventory.stock.entity.Stock;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * Operators' changes to stock: adjustments (goods received, counted, damaged), each in one
 * conditional update so available stock never goes below zero, and low-stock thresholds.
 */
@ApplicationScoped
@Transactional
public class StockAdjustments {

    private static final Logger LOG = Logger.getLogger(StockAdjustments.class.getName());

    private static final String ADJUST = "UPDATE stock SET available = available + ?1, version = version + 1, updated_at = now()"
            + " WHERE sku_id = ?2 AND available + ?1 >= 0 RETURNING available, reserved, low_threshold";
    private static final String FIRST = "INSERT INTO stock (sku_id, available, reserved, updated_at) VALUES (?2, ?1, 0, now())"
            + " ON CONFLICT (sku_id) DO NOTHING RETURNING available, reserved, low_threshold";

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    StockLedger ledger;

    /**
     * Adds {@code delta} units (negative: removes them) to what is available. A SKU without stock
     * yet gets its first stock this way; removing more than is available is 409.
     */
    public Stock adjust(String skuId, int delta, String reason, String operator) {
        List<?> changed = em.createNativeQuery(ADJUST).setParameter(1, delta).setParameter(2, skuId).getResultList();
        if (changed.isEmpty() && delta > 0) {
            changed = em.createNativeQuery(FIRST).setParameter(1, delta).setParameter(2, skuId).getResultList();
            if (changed.isEmpty()) {
                // Created meanwhile by a concurrent first adjustment: adjust that row.
                changed = em.createNativeQuery(ADJUST).setParameter(1, delta).setParameter(2, skuId).getResultList();
            }
        }
        if (changed.isEmpty()) {
            if (em.find(Stock.class, skuId) == null) {
                throw ProblemException.notFound("No stock is kept for this SKU.");
            }
            throw new ProblemException(ErrorCode.CONFLICT, "Cannot remove " + (-delta) + " units: fewer are available.");
        }
        ledger.moved(skuId, Kind.ADJUSTED, delta, delta, After.of(changed), null, reason, operator);
        LOG.info(() -> "stock of " + skuId + " adjusted by " + delta + " (" + reason + ") by " + operator);
        em.flush();
        em.clear();
        return em.find(Stock.class, skuId);
    }

    /** Sets the low-stock threshold of a SKU that has stock. */
    public Stock threshold(String skuId, int lowStock) {
        int updated = em.createNativeQuery("UPDATE stock SET low_threshold = ?1, version = version + 1 WHERE sku_id = ?2")
                .setParameter(1, lowStock).setParameter(2, skuId).executeUpdate();
        if (updated == 0) {
            throw ProblemException.notFound("No stock is kept for this SKU.");
        }
        em.clear();
        return em.find(Stock.class, skuId);
    }
}
