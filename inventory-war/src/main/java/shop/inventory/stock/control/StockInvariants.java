package shop.inventory.stock.control;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Proves stock conservation for every SKU from the ledger: units brought in (seeded and
 * adjusted) equal units available, reserved and sold. Runnable at any time.
 */
@ApplicationScoped
public class StockInvariants {

    /** A SKU whose books do not add up. */
    public record Mismatch(String skuId, long broughtIn, int available, int reserved, int sold) {
    }

    /** The result: how many SKUs were checked, and those that do not add up. */
    public record Check(long skus, List<Mismatch> mismatches) {
    }

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    public Check check() {
        List<?> rows = em.createNativeQuery("SELECT s.sku_id, COALESCE(m.brought_in, 0), s.available, s.reserved, s.sold FROM stock s"
                + " LEFT JOIN (SELECT sku_id, SUM(quantity) AS brought_in FROM stock_movement WHERE kind IN ('SEEDED', 'ADJUSTED')"
                + " GROUP BY sku_id) m ON m.sku_id = s.sku_id").getResultList();
        List<Mismatch> mismatches = new ArrayList<>();
        for (Object value : rows) {
            Object[] row = (Object[]) value;
            long broughtIn = ((Number) row[1]).longValue();
            int available = ((Number) row[2]).intValue();
            int reserved = ((Number) row[3]).intValue();
            int sold = ((Number) row[4]).intValue();
            if (broughtIn != (long) available + reserved + sold) {
                mismatches.add(new Mismatch((String) row[0], broughtIn, available, reserved, sold));
            }
        }
        return new Check(rows.size(), mismatches);
    }
}
