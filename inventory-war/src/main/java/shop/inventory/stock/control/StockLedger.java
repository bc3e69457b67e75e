package shop.inventory.stock.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.events.EventType;
import shop.platform.outbox.Outbox;

/**
 * Writes down every movement of stock, in the transaction that made it, and announces it:
 * {@code shop.inventory.stock.changed} always, {@code shop.inventory.stock.low} when the units
 * available fall to or below the SKU's threshold from above it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StockLedger {

    /** Why stock moved; see the stock_movement table. */
    public enum Kind { SEEDED, ADJUSTED, RESERVED, RELEASED, DEDUCTED }

    /** A SKU's figures right after a movement. */
    public record After(int available, int reserved, int lowThreshold) {

        /** Reads {@code RETURNING available, reserved, low_threshold}. */
        public static After of(List<?> returned) {
            Object[] row = (Object[]) returned.get(0);
            return new After(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), ((Number) row[2]).intValue());
        }
    }

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    Outbox outbox;

    /**
     * Records the movement. {@code availableChange} is how much {@code available} changed (0 for a
     * deduction); {@code quantity} is what the ledger counts (see the migration).
     */
    public void moved(String skuId, Kind kind, int quantity, int availableChange, After after, String orderId, String reason,
            String actor) {
        em.createNativeQuery("INSERT INTO stock_movement (sku_id, kind, quantity, available_after, reserved_after, order_id, reason, actor)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, skuId).setParameter(2, kind.name()).setParameter(3, quantity)
                .setParameter(4, after.available()).setParameter(5, after.reserved()).setParameter(6, orderId)
                .setParameter(7, reason).setParameter(8, actor).executeUpdate();
        outbox.record(EventType.INVENTORY_STOCK_CHANGED, skuId, Json.createObjectBuilder()
                .add("skuId", skuId)
                .add("available", after.available())
                .add("reserved", after.reserved())
                .add("delta", availableChange)
                .add("reason", kind.name())
                .build());
        int before = after.available() - availableChange;
        if (availableChange < 0 && before > after.lowThreshold() && after.available() <= after.lowThreshold()) {
            outbox.record(EventType.INVENTORY_STOCK_LOW, skuId, Json.createObjectBuilder()
                    .add("skuId", skuId)
                    .add("available", after.available())
                    .add("threshold", after.lowThreshold())
                    .build());
        }
    }
}
