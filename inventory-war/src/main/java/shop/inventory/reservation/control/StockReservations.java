package shop.inventory.reservation.control;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.inventory.reservation.entity.StockReservation;
import shop.inventory.reservation.entity.StockReservation.State;
import shop.platform.events.EventType;
import shop.platform.outbox.Outbox;
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
            + " version = version + 1, updated_at = now() WHERE sku_id = ?2 AND available >= ?1 RETURNING available, reserved";
    private static final String DEDUCT = "UPDATE stock SET reserved = reserved - ?1, version = version + 1,"
            + " updated_at = now() WHERE sku_id = ?2 RETURNING available, reserved";
    private static final String RELEASE = "UPDATE stock SET available = available + ?1, reserved = reserved - ?1,"
            + " version = version + 1, updated_at = now() WHERE sku_id = ?2 RETURNING available, reserved";

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    Outbox outbox;

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
            announce(line.getKey(), changed, -line.getValue(), "RESERVED");
        }
        StockReservation reservation = StockReservation.reserved(lraId, orderId,
                lines.entrySet().stream().map(l -> new StockReservation.Line(l.getKey(), l.getValue())).toList(), clock.now());
        em.persist(reservation);
        LOG.info(() -> "stock reserved for order " + orderId + ": " + lines);
        return reservation;
    }

    /** The saga completed: the held units leave the warehouse's books. */
    public StockReservation deduct(String lraId) {
        return end(lraId, State.DEDUCTED, DEDUCT, 0);
    }

    /** The saga was cancelled: the held units are for sale again. */
    public StockReservation release(String lraId) {
        return end(lraId, State.RELEASED, RELEASE, 1);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<StockReservation> find(String lraId) {
        return java.util.Optional.ofNullable(em.find(StockReservation.class, lraId));
    }

    private StockReservation end(String lraId, State end, String update, int availableSign) {
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
            announce(line.skuId(), move(update, line.skuId(), line.quantity()), availableSign * line.quantity(), end.name());
        }
        String order = reservation.orderId();
        LOG.info(() -> "stock " + end.name().toLowerCase() + " for order " + order);
        return reservation;
    }

    private List<?> move(String update, String skuId, int quantity) {
        return em.createNativeQuery(update).setParameter(1, quantity).setParameter(2, skuId).getResultList();
    }

    private void announce(String skuId, List<?> changed, int delta, String reason) {
        Object[] stock = (Object[]) changed.get(0);
        outbox.record(EventType.INVENTORY_STOCK_CHANGED, skuId, Json.createObjectBuilder()
                .add("skuId", skuId)
                .add("available", ((Number) stock[0]).intValue())
                .add("reserved", ((Number) stock[1]).intValue())
                .add("delta", delta)
                .add("reason", reason)
                .build());
    }
}
