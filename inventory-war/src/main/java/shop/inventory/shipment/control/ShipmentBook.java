package shop.inventory.shipment.control;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.inventory.shipment.entity.Shipment;
import shop.inventory.shipment.entity.TrackingEvent;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
import shop.platform.outbox.Outbox;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;

/** Shipments and their changes, each in one transaction with the event it publishes. */
@ApplicationScoped
@Transactional
public class ShipmentBook {

    private static final Logger LOG = Logger.getLogger(ShipmentBook.class.getName());

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    Outbox outbox;

    /**
     * The parcel about to be handed over for the order: a new one, or the unconfirmed one of an
     * earlier attempt (then with this carrier and number). An order ships once (409 otherwise),
     * and a carrier's tracking number names one parcel.
     */
    public Shipment prepare(String orderId, String carrier, String trackingNo, String operator) {
        Optional<Shipment> known = em.createNamedQuery(Shipment.OF_ORDER, Shipment.class).setParameter("order", orderId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (known.isPresent() && known.get().confirmed()) {
            throw new ProblemException(ErrorCode.CONFLICT, "This order has already shipped.");
        }
        Optional<Shipment> sameNumber = byTrackingNo(carrier, trackingNo);
        if (sameNumber.isPresent() && !sameNumber.get().orderId().equals(orderId)) {
            throw new ProblemException(ErrorCode.CONFLICT, "This tracking number already names another parcel of " + carrier + ".");
        }
        if (known.isPresent()) {
            known.get().retarget(carrier, trackingNo, clock.now());
            return known.get();
        }
        Shipment shipment = Shipment.handingOver(Ids.newId(), orderId, carrier, trackingNo, operator, clock.now());
        em.persist(shipment);
        return shipment;
    }

    /** The order agreed (it is now SHIPPED): the parcel counts, and integrators hear of it. */
    public Shipment confirm(String shipmentId, String userId) {
        Shipment shipment = em.find(Shipment.class, shipmentId, LockModeType.PESSIMISTIC_WRITE);
        if (shipment.confirm(userId, clock.now())) {
            outbox.record(EventType.INVENTORY_SHIPMENT_CREATED, shipment.id(), Jsons.createObjectBuilder()
                    .add("shipmentId", shipment.id())
                    .add("orderId", shipment.orderId())
                    .add("carrier", shipment.carrier())
                    .add("trackingNo", shipment.trackingNo())
                    .add("createdAt", shipment.createdAt().toString())
                    .build());
            LOG.info(() -> "order " + shipment.orderId() + " shipped: " + shipment.carrier() + " " + shipment.trackingNo());
        }
        return shipment;
    }

    /** The order refused to ship: the parcel that was being prepared is forgotten. */
    public void drop(String shipmentId) {
        Shipment shipment = em.find(Shipment.class, shipmentId, LockModeType.PESSIMISTIC_WRITE);
        if (shipment != null && !shipment.confirmed()) {
            em.remove(shipment);
        }
    }

    /**
     * A carrier's report about one of its parcels (signature already verified). The same event
     * again changes nothing; a delivery is announced once.
     */
    public Shipment report(String carrier, String trackingNo, TrackingEvent event) {
        Shipment shipment = em.createNamedQuery(Shipment.BY_TRACKING_NO, Shipment.class).setParameter("carrier", carrier)
                .setParameter("trackingNo", trackingNo).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .filter(Shipment::confirmed).findFirst().orElseThrow(() -> ProblemException.notFound("No such parcel."));
        if (shipment.knows(event.eventId())) {
            return shipment;
        }
        if (shipment.report(event, clock.now())) {
            outbox.record(EventType.INVENTORY_SHIPMENT_DELIVERED, shipment.id(), Jsons.createObjectBuilder()
                    .add("shipmentId", shipment.id())
                    .add("orderId", shipment.orderId())
                    .add("deliveredAt", shipment.deliveredAt().toString())
                    .build());
            LOG.info(() -> "shipment " + shipment.id() + " of order " + shipment.orderId() + " delivered");
        }
        return shipment;
    }

    /** Remembers a callback's nonce; false when it was seen before. */
    public boolean firstUse(String nonce) {
        return em.createNativeQuery("INSERT INTO carrier_callback (nonce, received_at) VALUES (?1, ?2) ON CONFLICT (nonce) DO NOTHING")
                .setParameter(1, nonce).setParameter(2, clock.now()).executeUpdate() == 1;
    }

    /**
     * A parcel with its tracking history, read in one statement: two reads outside a transaction
     * could see the status from before a carrier's report and the history from after it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Shipment> find(String shipmentId) {
        return em.createNamedQuery(Shipment.WITH_TRACKING, Shipment.class).setParameter("id", shipmentId).getResultStream()
                .filter(Shipment::confirmed).findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Shipment> ofOrder(String orderId) {
        return em.createNamedQuery(Shipment.OF_ORDER, Shipment.class).setParameter("order", orderId).getResultStream()
                .filter(Shipment::confirmed).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Shipment> byTrackingNo(String carrier, String trackingNo) {
        return em.createNamedQuery(Shipment.BY_TRACKING_NO, Shipment.class).setParameter("carrier", carrier)
                .setParameter("trackingNo", trackingNo).getResultStream().findFirst();
    }
}
