package shop.inventory.stock.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.inventory.stock.entity.Stock;
import shop.inventory.stock.entity.WarehouseStock;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
import shop.platform.outbox.Outbox;

/**
 * Writes down every movement of stock, in the transaction that made it, and announces it:
 * {@code shop.inventory.stock.changed} always, with the SKU's totals across warehouses,
 * {@code shop.inventory.stock.low} when the total available falls to or below the SKU's
 * threshold from above it.
 *
 * <p>Whoever moves a SKU's stock first {@link #lock locks} the SKU, so the totals read after the
 * movement count every other movement of the SKU exactly once, whichever warehouse it touched.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StockLedger {

    /** Why stock moved; see the stock_movement table. */
    public enum Kind { SEEDED, ADJUSTED, RESERVED, RELEASED, DEDUCTED, RETURNED }

    /** A warehouse's figures for the SKU right after a movement. */
    public record After(int available, int reserved) {

        /** Reads {@code RETURNING available, reserved}. */
        public static After of(List<?> returned) {
            Object[] row = (Object[]) returned.get(0);
            return new After(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
        }
    }

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    StockFigures figures;

    /**
     * Locks the SKU's stock until the transaction ends; false when no stock is kept for it.
     * Callers moving several SKUs lock them in a fixed order, so two transactions never wait for
     * each other crosswise.
     */
    public boolean lock(String skuId) {
        return !em.createNativeQuery("SELECT 1 FROM stock WHERE sku_id = ?1 FOR UPDATE").setParameter(1, skuId)
                .getResultList().isEmpty();
    }

    /**
     * Records the movement of the SKU's stock in a warehouse (the caller holds the SKU's lock).
     * {@code availableChange} is how much the warehouse's {@code available} changed (0 for a
     * deduction); {@code quantity} is what the ledger counts (see the migrations).
     */
    public void moved(String skuId, String warehouseId, Kind kind, int quantity, int availableChange, After after, String orderId,
            String reason, String actor) {
        em.createNativeQuery("INSERT INTO stock_movement (sku_id, warehouse_id, kind, quantity, available_after, reserved_after,"
                + " order_id, reason, actor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, skuId).setParameter(2, warehouseId).setParameter(3, kind.name()).setParameter(4, quantity)
                .setParameter(5, after.available()).setParameter(6, after.reserved()).setParameter(7, orderId)
                .setParameter(8, reason).setParameter(9, actor).executeUpdate();
        Stock stock = figures.of(skuId).orElseThrow(() -> new IllegalStateException("stock moved for a SKU without stock: " + skuId));
        // Units in a disabled warehouse are not for sale, so moving them does not change the total.
        boolean counted = stock.warehouses().stream().anyMatch(w -> w.warehouseId().equals(warehouseId) && w.enabled());
        int totalChange = counted ? availableChange : 0;
        JsonArrayBuilder warehouses = Jsons.createArrayBuilder();
        for (WarehouseStock w : stock.warehouses()) {
            warehouses.add(Jsons.createObjectBuilder().add("warehouseId", w.warehouseId()).add("code", w.code())
                    .add("available", w.available()).add("reserved", w.reserved()));
        }
        outbox.record(EventType.INVENTORY_STOCK_CHANGED, skuId, Jsons.createObjectBuilder()
                .add("skuId", skuId)
                .add("available", stock.available())
                .add("reserved", stock.reserved())
                .add("delta", totalChange)
                .add("reason", kind.name())
                .add("warehouseId", warehouseId)
                .add("warehouses", warehouses)
                .build());
        int before = stock.available() - totalChange;
        if (totalChange < 0 && before > stock.lowThreshold() && stock.available() <= stock.lowThreshold()) {
            outbox.record(EventType.INVENTORY_STOCK_LOW, skuId, Jsons.createObjectBuilder()
                    .add("skuId", skuId)
                    .add("available", stock.available())
                    .add("threshold", stock.lowThreshold())
                    .build());
        }
    }
}
