package shop.inventory.reservation.control;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.inventory.reservation.entity.StockReservation;
import shop.inventory.reservation.entity.StockReservation.State;
import shop.inventory.stock.control.StockLedger;
import shop.inventory.stock.control.StockLedger.After;
import shop.inventory.stock.control.StockLedger.Kind;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;

/**
 * Reserve, deduct and release stock for checkout sagas, each in one transaction. Every unit
 * moves with a conditional update ({@code available >= quantity}), so concurrent checkouts can
 * never oversell, and a refused line rolls back the lines before it.
 */
@ApplicationScoped
@Transactional
public class StockReservations {

    private static final Logger LOG = Logger.getLogger(StockReservations.class.getName());

    private static final String RESERVE = "UPDATE stock SET available = available - ?1, reserved = reserved + ?1,"
            + " version = version + 1, updated_at = now() WHERE sku_id = ?2 AND available >= ?1"
            + " RETURNING available, reserved, low_threshold";
    private static final String DEDUCT = "UPDATE stock SET reserved = reserved - ?1, sold = sold + ?1, version = version + 1,"
            + " updated_at = now() WHERE sku_id = ?2 RETURNING available, reserved, low_threshold";
    private static final String RELEASE = "UPDATE stock SET available = available + ?1, reserved = reserved - ?1,"
            + " version = version + 1, updated_at = now() WHERE sku_id = ?2 RETURNING available, reserved, low_threshold";

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    StockLedger ledger;

    /**
     * Holds the quantities for the saga. Asking again for the same saga returns the reservation
     * made the first time; a saga that already ended here is refused (409 INVALID_STATE).
     */
    public StockReservation reserve(String lraId, String orderId, Map<String, Integer> quantities) {
        StockReservation known = em.find(StockReservation.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            if (known.state() != State.RESERVED) {
                throw new ProblemException(ErrorCode.INVALID_STATE, "This checkout has already ended.");
            }
            return known;
        }
        // SKUs in a fixed order, so two checkouts never wait for each other's rows crosswise.
        Map<String, Integer> lines = new TreeMap<>(quantities);
        for (Map.Entry<String, Integer> line : lines.entrySet()) {
            List<?> changed = move(RESERVE, line.getKey(), line.getValue());
            if (changed.isEmpty()) {
                boolean exists = em.createNativeQuery("SELECT 1 FROM stock WHERE sku_id = ?1").setParameter(1, line.getKey())
                        .getResultList().size() == 1;
                throw exists ? new ProblemException(ErrorCode.OUT_OF_STOCK, "Not enough stock for SKU " + line.getKey() + ".")
                        : new ProblemException(ErrorCode.INVALID_REFERENCE, "No such SKU: " + line.getKey() + ".");
            }
            ledger.moved(line.getKey(), Kind.RESERVED, -line.getValue(), -line.getValue(), After.of(changed), orderId, null, "checkout");
        }
        StockReservation reservation = StockReservation.reserved(lraId, orderId,
                lines.entrySet().stream().map(l -> new StockReservation.Line(l.getKey(), l.getValue())).toList(), clock.now());
        em.persist(reservation);
        LOG.info(() -> "stock reserved for order " + orderId + ": " + lines);
        return reservation;
    }

    /** The saga completed: the held units leave the warehouse's books. */
    public StockReservation deduct(String lraId) {
        return end(lraId, State.DEDUCTED, DEDUCT, Kind.DEDUCTED);
    }

    /** The saga was cancelled: the held units are for sale again. */
    public StockReservation release(String lraId) {
        return end(lraId, State.RELEASED, RELEASE, Kind.RELEASED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<StockReservation> find(String lraId) {
        return java.util.Optional.ofNullable(em.find(StockReservation.class, lraId));
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
        for (StockReservation.Line line : reservation.lines()) {
            After after = After.of(move(update, line.skuId(), line.quantity()));
            int availableChange = kind == Kind.RELEASED ? line.quantity() : 0;
            ledger.moved(line.skuId(), kind, line.quantity(), availableChange, after, reservation.orderId(), null, "checkout");
        }
        String order = reservation.orderId();
        LOG.info(() -> "stock " + end.name().toLowerCase() + " for order " + order);
        return reservation;
    }

    private List<?> move(String update, String skuId, int quantity) {
        return em.createNativeQuery(update).setParameter(1, quantity).setParameter(2, skuId).getResultList();
    }

}
