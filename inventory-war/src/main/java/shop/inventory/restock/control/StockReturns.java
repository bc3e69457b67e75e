package shop.inventory.restock.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.inventory.restock.entity.StockReturn;
import shop.inventory.restock.entity.StockReturn.State;
import shop.inventory.stock.control.StockLedger;
import shop.inventory.stock.control.StockLedger.After;
import shop.inventory.stock.control.StockLedger.Kind;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;

/**
 * Stock returns for refund sagas, each change in one transaction. Units go back only to where
 * the order's checkout took them from, and never more than it bought minus what already came
 * back, so a refund can never create stock.
 */
@ApplicationScoped
@Transactional
public class StockReturns {

    private static final Logger LOG = Logger.getLogger(StockReturns.class.getName());

    private static final String RETURN = "UPDATE warehouse_stock SET sold = sold - ?1, available = available + ?1,"
            + " version = version + 1, updated_at = now() WHERE sku_id = ?2 AND warehouse_id = ?3 AND sold >= ?1"
            + " RETURNING available, reserved";

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    StockLedger ledger;

    /**
     * Announces the units the saga gives back (per SKU), placed in the warehouses the order's
     * checkout deducted them from. The same saga again returns the first announcement; a saga that
     * already ended here is refused (409), and so is more than the order has left to give back.
     */
    public StockReturn announce(String lraId, String orderId, String refundId, Map<String, Integer> units) {
        StockReturn known = em.find(StockReturn.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            if (known.state() != State.ANNOUNCED) {
                throw new ProblemException(ErrorCode.INVALID_STATE, "This refund has already ended.");
            }
            return known;
        }
        List<StockReturn.Line> lines = new ArrayList<>();
        units.forEach((sku, quantity) -> lines.addAll(placed(orderId, sku, quantity)));
        StockReturn announced = StockReturn.announced(lraId, orderId, refundId, lines, clock.now());
        em.persist(announced);
        return announced;
    }

    /** The refund saga closed: the units are on sale again. */
    public void putBack(String lraId) {
        StockReturn stockReturn = ended(lraId, State.RETURNED);
        if (stockReturn == null) {
            return;
        }
        List<StockReturn.Line> lines = new ArrayList<>(stockReturn.lines());
        lines.sort(Comparator.comparing(StockReturn.Line::skuId));
        for (StockReturn.Line line : lines) {
            ledger.lock(line.skuId());
            List<?> changed = em.createNativeQuery(RETURN).setParameter(1, line.quantity()).setParameter(2, line.skuId())
                    .setParameter(3, line.warehouseId()).getResultList();
            if (changed.isEmpty()) {
                throw new IllegalStateException("fewer units sold of " + line.skuId() + " than are coming back");
            }
            ledger.moved(line.skuId(), line.warehouseId(), Kind.RETURNED, line.quantity(), line.quantity(), After.of(changed),
                    stockReturn.orderId(), "refund " + stockReturn.refundId(), "refund");
        }
        LOG.info(() -> "stock of refund " + stockReturn.refundId() + " (order " + stockReturn.orderId() + ") is back on sale");
    }

    /** The refund saga was cancelled: nothing comes back. */
    public void drop(String lraId) {
        ended(lraId, State.DROPPED);
    }

    /** Ends the return; null when there is nothing (more) to do. */
    private StockReturn ended(String lraId, State end) {
        StockReturn stockReturn = em.find(StockReturn.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (stockReturn == null) {
            // Nothing announced here: remember the end, so a late announcement is refused.
            em.createNativeQuery("INSERT INTO stock_return (lra_id, state, created_at, ended_at) VALUES (?1, ?2, now(), now())"
                    + " ON CONFLICT (lra_id) DO NOTHING").setParameter(1, lraId).setParameter(2, end.name()).executeUpdate();
            return null;
        }
        return stockReturn.end(end, clock.now()) ? stockReturn : null;
    }

    /** Where {@code quantity} units of the order's SKU go back: the warehouses its checkout deducted them from. */
    private List<StockReturn.Line> placed(String orderId, String skuId, int quantity) {
        Map<String, Integer> left = new LinkedHashMap<>();
        List<?> sent = em.createNativeQuery("SELECT l.warehouse_id, SUM(l.quantity) FROM stock_reservation_line l"
                + " JOIN stock_reservation r ON r.lra_id = l.lra_id WHERE r.order_id = ?1 AND r.state = 'DEDUCTED' AND l.sku_id = ?2"
                + " GROUP BY l.warehouse_id ORDER BY l.warehouse_id").setParameter(1, orderId).setParameter(2, skuId).getResultList();
        for (Object row : sent) {
            Object[] r = (Object[]) row;
            left.put((String) r[0], ((Number) r[1]).intValue());
        }
        List<?> back = em.createNativeQuery("SELECT l.warehouse_id, SUM(l.quantity) FROM stock_return_line l"
                + " JOIN stock_return s ON s.lra_id = l.lra_id WHERE s.order_id = ?1 AND s.state <> 'DROPPED' AND l.sku_id = ?2"
                + " GROUP BY l.warehouse_id").setParameter(1, orderId).setParameter(2, skuId).getResultList();
        for (Object row : back) {
            Object[] r = (Object[]) row;
            left.computeIfPresent((String) r[0], (w, n) -> n - ((Number) r[1]).intValue());
        }
        List<StockReturn.Line> lines = new ArrayList<>();
        int toPlace = quantity;
        for (Map.Entry<String, Integer> warehouse : left.entrySet()) {
            int here = Math.min(toPlace, warehouse.getValue());
            if (here > 0) {
                lines.add(new StockReturn.Line(skuId, warehouse.getKey(), here));
                toPlace -= here;
            }
        }
        if (toPlace > 0) {
            throw new ProblemException(ErrorCode.INVALID_STATE,
                    "Order " + orderId + " has fewer units of SKU " + skuId + " left to give back than " + quantity + ".");
        }
        return lines;
    }
}
