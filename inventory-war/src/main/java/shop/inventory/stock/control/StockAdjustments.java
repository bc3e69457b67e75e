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
import shop.inventory.warehouse.control.Warehouses;
import shop.inventory.warehouse.entity.Warehouse;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * Operators' changes to stock: adjustments in a warehouse (goods received, counted, damaged),
 * each in one conditional update so available stock never goes below zero, and low-stock
 * thresholds.
 */
@ApplicationScoped
@Transactional
public class StockAdjustments {

    private static final Logger LOG = Logger.getLogger(StockAdjustments.class.getName());

    private static final String ADJUST = "UPDATE warehouse_stock SET available = available + ?1, version = version + 1,"
            + " updated_at = now() WHERE sku_id = ?2 AND warehouse_id = ?3 AND available + ?1 >= 0 RETURNING available, reserved";
    private static final String FIRST_IN_WAREHOUSE = "INSERT INTO warehouse_stock (sku_id, warehouse_id, available, updated_at)"
            + " VALUES (?2, ?3, ?1, now()) RETURNING available, reserved";

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    StockLedger ledger;

    @Inject
    StockFigures figures;

    @Inject
    Warehouses warehouses;

    /**
     * Adds {@code delta} units (negative: removes them) to what is available in the warehouse
     * ({@code null}: the default one). A SKU, or a warehouse, without its stock yet gets its first
     * stock this way; removing more than the warehouse has available is 409.
     */
    public Stock adjust(String skuId, String warehouseId, int delta, String reason, String operator) {
        Warehouse warehouse = warehouses.namedOrDefault(warehouseId);
        if (!ledger.lock(skuId)) {
            if (delta < 0) {
                throw ProblemException.notFound("No stock is kept for this SKU.");
            }
            // A concurrent first adjustment may create it meanwhile: this insert then waits for it and does nothing.
            em.createNativeQuery("INSERT INTO stock (sku_id, updated_at) VALUES (?1, now()) ON CONFLICT (sku_id) DO NOTHING")
                    .setParameter(1, skuId).executeUpdate();
            ledger.lock(skuId);
        }
        List<?> changed = em.createNativeQuery(ADJUST).setParameter(1, delta).setParameter(2, skuId).setParameter(3, warehouse.id())
                .getResultList();
        if (changed.isEmpty() && delta > 0) {
            // No row yet for this warehouse; the SKU's lock keeps anyone else from adding it meanwhile.
            changed = em.createNativeQuery(FIRST_IN_WAREHOUSE).setParameter(1, delta).setParameter(2, skuId)
                    .setParameter(3, warehouse.id()).getResultList();
        }
        if (changed.isEmpty()) {
            throw new ProblemException(ErrorCode.CONFLICT,
                    "Cannot remove " + (-delta) + " units: fewer are available in warehouse " + warehouse.code() + ".");
        }
        ledger.moved(skuId, warehouse.id(), Kind.ADJUSTED, delta, delta, After.of(changed), null, reason, operator);
        LOG.info(() -> "stock of " + skuId + " in " + warehouse.code() + " adjusted by " + delta + " (" + reason + ") by " + operator);
        return figures.of(skuId).orElseThrow();
    }

    /** Sets the low-stock threshold of a SKU that has stock. */
    public Stock threshold(String skuId, int lowStock) {
        int updated = em.createNativeQuery("UPDATE stock SET low_threshold = ?1, version = version + 1, updated_at = now()"
                + " WHERE sku_id = ?2").setParameter(1, lowStock).setParameter(2, skuId).executeUpdate();
        if (updated == 0) {
            throw ProblemException.notFound("No stock is kept for this SKU.");
        }
        return figures.of(skuId).orElseThrow();
    }
}
