package shop.inventory.stock.control;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Proves stock conservation for every SKU in every warehouse from the ledger: units brought in
 * (seeded, adjusted, and returned once returns exist) equal units available, reserved and sold.
 * A ledger without its stock row, or the other way round, does not add up either. Runnable at
 * any time.
 */
@ApplicationScoped
public class StockInvariants {

    /** A SKU's stock in a warehouse whose books do not add up. */
    public record Mismatch(String skuId, String warehouseId, long broughtIn, int available, int reserved, int sold) {
    }

    /** The result: how many SKUs and SKU-in-warehouse books were checked, and those that do not add up. */
    public record Check(long skus, long warehouseStocks, List<Mismatch> mismatches) {
    }

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    public Check check() {
        List<?> rows = em.createNativeQuery("SELECT COALESCE(s.sku_id, m.sku_id), COALESCE(s.warehouse_id, m.warehouse_id),"
                + " COALESCE(m.brought_in, 0), COALESCE(s.available, 0), COALESCE(s.reserved, 0), COALESCE(s.sold, 0)"
                + " FROM warehouse_stock s FULL JOIN (SELECT sku_id, warehouse_id, SUM(quantity) AS brought_in FROM stock_movement"
                + " WHERE kind IN ('SEEDED', 'ADJUSTED') GROUP BY sku_id, warehouse_id) m"
                + " ON m.sku_id = s.sku_id AND m.warehouse_id = s.warehouse_id").getResultList();
        long skus = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM stock").getSingleResult()).longValue();
        List<Mismatch> mismatches = new ArrayList<>();
        for (Object value : rows) {
            Object[] row = (Object[]) value;
            long broughtIn = ((Number) row[2]).longValue();
            int available = ((Number) row[3]).intValue();
            int reserved = ((Number) row[4]).intValue();
            int sold = ((Number) row[5]).intValue();
            if (broughtIn != (long) available + reserved + sold) {
                mismatches.add(new Mismatch((String) row[0], (String) row[1], broughtIn, available, reserved, sold));
            }
        }
        return new Check(skus, rows.size(), mismatches);
    }
}
