package shop.inventory.reservation.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.inventory.reservation.control.WarehouseChoice.Candidate;
import shop.inventory.reservation.entity.StockReservation;
import shop.inventory.reservation.entity.StockReservation.State;
import shop.inventory.stock.control.StockLedger;
import shop.inventory.stock.control.StockLedger.After;
import shop.inventory.stock.control.StockLedger.Kind;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;

/**
 * Reserve, deduct and release stock for checkout sagas, each in one transaction. Each line is
 * served by one warehouse ({@link WarehouseChoice}); every unit moves with a conditional update
 * ({@code available >= quantity}) under the SKU's lock, so concurrent checkouts can never
 * oversell, and a refused line rolls back the lines before it.
 */
@ApplicationScoped
@Transactional
public class StockReservations {

    private static final Logger LOG = Logger.getLogger(StockReservations.class.getName());

    private static final String RESERVE = "UPDATE warehouse_stock SET available = available - ?1, reserved = reserved + ?1,"
            + " version = version + 1, updated_at = now() WHERE sku_id = ?2 AND warehouse_id = ?3 AND available >= ?1"
            + " RETURNING available, reserved";
    private static final String DEDUCT = "UPDATE warehouse_stock SET reserved = reserved - ?1, sold = sold + ?1,"
            + " version = version + 1, updated_at = now() WHERE sku_id = ?2 AND warehouse_id = ?3 RETURNING available, reserved";
    private static final String RELEASE = "UPDATE warehouse_stock SET available = available + ?1, reserved = reserved - ?1,"
            + " version = version + 1, updated_at = now() WHERE sku_id = ?2 AND warehouse_id = ?3 RETURNING available, reserved";

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    StockLedger ledger;

    /**
     * Holds the quantities for the saga, each SKU's from one warehouse that has them all.
     * Asking again for the same saga returns the reservation made the first time; a saga that
     * already ended here is refused (409 INVALID_STATE).
     */
    public StockReservation reserve(String lraId, String orderId, Map<String, Integer> quantities) {
        StockReservation known = em.find(StockReservation.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            if (known.state() != State.RESERVED) {
                throw new ProblemException(ErrorCode.INVALID_STATE, "This checkout has already ended.");
            }
            return known;
        }
        // SKUs in a fixed order, so two checkouts never wait for each other's locks crosswise.
        List<StockReservation.Line> held = new ArrayList<>();
        for (Map.Entry<String, Integer> line : new TreeMap<>(quantities).entrySet()) {
            String skuId = line.getKey();
            int quantity = line.getValue();
            if (!ledger.lock(skuId)) {
                throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such SKU: " + skuId + ".");
            }
            // Under the SKU's lock nobody else moves its stock, so the chosen warehouse still has the units.
            List<Candidate> candidates = candidates(skuId);
            Candidate chosen = WarehouseChoice.of(quantity, candidates).orElseThrow(() -> outOfStock(skuId, quantity, candidates));
            List<?> changed = move(RESERVE, skuId, chosen.warehouseId(), quantity);
            if (changed.isEmpty()) {
                throw new ProblemException(ErrorCode.OUT_OF_STOCK, "Not enough stock for SKU " + skuId + ".");
            }
            ledger.moved(skuId, chosen.warehouseId(), Kind.RESERVED, -quantity, -quantity, After.of(changed), orderId, null, "checkout");
            held.add(new StockReservation.Line(skuId, chosen.warehouseId(), quantity));
        }
        StockReservation reservation = StockReservation.reserved(lraId, orderId, held, clock.now());
        em.persist(reservation);
        LOG.info(() -> "stock reserved for order " + orderId + ": "
                + held.stream().map(l -> l.skuId() + " x" + l.quantity() + " in " + l.warehouseId()).toList());
        return reservation;
    }

    /** The saga completed: the held units leave the warehouse's books (they count as sold). */
    public StockReservation deduct(String lraId) {
        return end(lraId, State.DEDUCTED, DEDUCT, Kind.DEDUCTED);
    }

    /** The saga was cancelled: the held units are for sale again. */
    public StockReservation release(String lraId) {
        return end(lraId, State.RELEASED, RELEASE, Kind.RELEASED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StockReservation> find(String lraId) {
        return Optional.ofNullable(em.find(StockReservation.class, lraId));
    }

    private StockReservation end(String lraId, State end, String update, Kind kind) {
        // The row lock serialises a callback racing its own retry.
        StockReservation reservation = em.find(StockReservation.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null) {
            // Nothing reserved here: remember the end, so a late reserve is refused. Two
            // callbacks for the same saga may race here; the first insert wins, the other is a no-op.
            em.createNativeQuery("INSERT INTO stock_reservation (lra_id, state, created_at, ended_at)"
                    + " VALUES (?1, ?2, now(), now()) ON CONFLICT (lra_id) DO NOTHING")
                    .setParameter(1, lraId).setParameter(2, end.name()).executeUpdate();
            return em.find(StockReservation.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        }
        if (!reservation.end(end, clock.now())) {
            return reservation;
        }
        // In the same SKU order as reserving, so an end and a reservation never wait crosswise.
        List<StockReservation.Line> lines = new ArrayList<>(reservation.lines());
        lines.sort(Comparator.comparing(StockReservation.Line::skuId));
        for (StockReservation.Line line : lines) {
            ledger.lock(line.skuId());
            After after = After.of(move(update, line.skuId(), line.warehouseId(), line.quantity()));
            int availableChange = kind == Kind.RELEASED ? line.quantity() : 0;
            ledger.moved(line.skuId(), line.warehouseId(), kind, line.quantity(), availableChange, after, reservation.orderId(), null,
                    "checkout");
        }
        String order = reservation.orderId();
        LOG.info(() -> "stock " + end.name().toLowerCase() + " for order " + order);
        return reservation;
    }

    private List<?> move(String update, String skuId, String warehouseId, int quantity) {
        return em.createNativeQuery(update).setParameter(1, quantity).setParameter(2, skuId).setParameter(3, warehouseId)
                .getResultList();
    }

    private static ProblemException outOfStock(String skuId, int quantity, List<Candidate> candidates) {
        int available = candidates.stream().filter(Candidate::enabled).mapToInt(Candidate::available).sum();
        return new ProblemException(ErrorCode.OUT_OF_STOCK, available >= quantity
                ? "No single warehouse can send all " + quantity + " units of SKU " + skuId + "."
                : "Not enough stock for SKU " + skuId + ".");
    }

    /** The warehouses that keep the SKU, as the choice sees them. */
    private List<Candidate> candidates(String skuId) {
        List<?> rows = em.createNativeQuery("SELECT s.warehouse_id, w.code, w.priority, w.enabled, s.available"
                + " FROM warehouse_stock s JOIN warehouse w ON w.id = s.warehouse_id WHERE s.sku_id = ?1")
                .setParameter(1, skuId).getResultList();
        return rows.stream().map(value -> {
            Object[] row = (Object[]) value;
            return new Candidate((String) row[0], (String) row[1], ((Number) row[2]).intValue(), (Boolean) row[3],
                    ((Number) row[4]).intValue());
        }).toList();
    }

}
