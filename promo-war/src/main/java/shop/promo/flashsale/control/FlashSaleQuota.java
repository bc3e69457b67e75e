package shop.promo.flashsale.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
import shop.platform.outbox.Outbox;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;
import shop.promo.flashsale.entity.FlashSale;
import shop.promo.flashsale.entity.FlashSaleSagaEnd;
import shop.promo.flashsale.entity.FlashSaleTake;

/**
 * A flash sale's quota, each step in one transaction. Taking units is the shopper's units first
 * (a conditional upsert: never above the per-shopper limit), then the sale's quota last (a
 * conditional update: never below zero), so the hot row of the sale is locked only for its own
 * update and the commit. A sold-out sale is remembered in memory for a moment, so a burst after
 * the last unit is answered without touching the database. Giving units back (a refused or
 * unpaid checkout, or a take no saga joined in time) restores both counts in the same order.
 */
@ApplicationScoped
@Transactional
public class FlashSaleQuota {

    private static final Logger LOG = Logger.getLogger(FlashSaleQuota.class.getName());

    private static final String TAKE_FROM_BUYER = "INSERT INTO flash_sale_buyer (flash_sale_id, user_id, units) VALUES (?1, ?2, ?3)"
            + " ON CONFLICT (flash_sale_id, user_id) DO UPDATE SET units = flash_sale_buyer.units + EXCLUDED.units"
            + " WHERE flash_sale_buyer.units + EXCLUDED.units <= ?4";
    private static final String TAKE_FROM_SALE = "UPDATE flash_sale SET remaining = remaining - ?1"
            + " WHERE id = ?2 AND remaining >= ?1 AND status = 'ACTIVE' AND starts_at <= ?3 AND ends_at > ?3 RETURNING remaining";

    @PersistenceContext(unitName = "promo")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "shop.promo.flash-sale.sold-out-recheck", defaultValue = "PT3S")
    Duration soldOutRecheck;

    /** Sales known to be sold out, until when (System.nanoTime) that is believed without asking the database. */
    private final Map<String, Long> soldOut = new ConcurrentHashMap<>();

    /**
     * Takes {@code quantity} units of the sale for the shopper's checkout of {@code skuId}. Refused
     * with 409 {@code SOLD_OUT}, {@code NOT_STARTED} (with the start time), {@code ENDED} or
     * {@code CONFLICT} (the shopper's limit), 422 when the sale sells another SKU, 404 when unknown.
     */
    public FlashSaleTake take(String saleId, String takeId, String userId, String skuId, int quantity) {
        if (believedSoldOut(saleId)) {
            throw soldOut();
        }
        FlashSaleTake known = em.find(FlashSaleTake.class, takeId);
        if (known != null) {
            // The checkout asked again, or gave the take up before it arrived.
            if (known.state() == FlashSaleTake.State.RETURNED || !saleId.equals(known.flashSaleId())) {
                throw new ProblemException(ErrorCode.INVALID_STATE, "This take was given back.");
            }
            return known;
        }
        OffsetDateTime now = clock.now();
        FlashSale sale = em.find(FlashSale.class, saleId);
        if (sale == null) {
            throw ProblemException.notFound("No such flash sale.");
        }
        if (!sale.skuId().equals(skuId)) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "This flash sale sells another SKU.");
        }
        ProblemException outside = sale.outsideWindow(now);
        if (outside != null) {
            throw outside;
        }
        if (quantity > sale.perUserLimit()
                || em.createNativeQuery(TAKE_FROM_BUYER).setParameter(1, saleId).setParameter(2, userId).setParameter(3, quantity)
                        .setParameter(4, sale.perUserLimit()).executeUpdate() == 0) {
            throw new ProblemException(ErrorCode.CONFLICT, "A shopper may buy at most " + sale.perUserLimit() + " of this flash sale.");
        }
        FlashSaleTake take = FlashSaleTake.taken(takeId, saleId, userId, quantity, sale.price(), now);
        em.persist(take);
        em.flush();
        List<?> left = em.createNativeQuery(TAKE_FROM_SALE).setParameter(1, quantity).setParameter(2, saleId).setParameter(3, now)
                .getResultList();
        if (left.isEmpty()) {
            // Rolls the shopper's units and the take back with the transaction.
            int remaining = ((Number) em.createNativeQuery("SELECT remaining FROM flash_sale WHERE id = ?1").setParameter(1, saleId)
                    .getSingleResult()).intValue();
            if (remaining == 0) {
                soldOut.put(saleId, System.nanoTime() + soldOutRecheck.toNanos());
                throw soldOut();
            }
            throw new ProblemException(ErrorCode.SOLD_OUT, "Only " + remaining + " left of this flash sale.");
        }
        if (((Number) left.get(0)).intValue() == 0) {
            soldOut.put(saleId, System.nanoTime() + soldOutRecheck.toNanos());
            outbox.record(EventType.PROMO_FLASHSALE_SOLDOUT, saleId,
                    Jsons.createObjectBuilder().add("flashSaleId", saleId).add("skuId", sale.skuId()).build());
            LOG.info(() -> "flash sale " + saleId + " sold out");
        }
        return take;
    }

    /** Whether the sale sold out a moment ago (answered from memory, outside any transaction). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean believedSoldOut(String saleId) {
        Long believedUntil = soldOut.get(saleId);
        return believedUntil != null && believedUntil - System.nanoTime() > 0;
    }

    /** The checkout saga {@code lraId} joined for the take; asking again is harmless; 409 if the units went back. */
    public FlashSaleTake hold(String takeId, String lraId, String orderId) {
        FlashSaleTake take = em.find(FlashSaleTake.class, takeId, LockModeType.PESSIMISTIC_WRITE);
        if (take == null) {
            throw ProblemException.notFound("No such flash sale take.");
        }
        if (lraId.equals(take.lraId())) {
            return take;
        }
        boolean ended = em.find(FlashSaleSagaEnd.class, lraId) != null;
        if (ended || !take.hold(lraId, orderId)) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "The flash sale units were given back; try again.");
        }
        return take;
    }

    /** The order was paid: its units are sold. */
    public void sell(String lraId) {
        FlashSaleTake take = heldBy(lraId, "SOLD");
        if (take != null) {
            take.sell(clock.now());
        }
    }

    /** The checkout saga was cancelled (refused, cancelled, or unpaid in time): the units go back. */
    public void giveBackHeld(String lraId) {
        FlashSaleTake take = heldBy(lraId, "RETURNED");
        if (take != null) {
            giveBack(take);
        }
    }

    /**
     * A take no saga joined (the checkout stopped before its saga, or never heard back): the
     * units go back. A take not seen yet is ruled out for good by a RETURNED row under its id;
     * one still being written makes the insert wait for it, and is then given back.
     */
    public void giveBackTaken(String takeId) {
        int ruledOut = em.createNativeQuery("INSERT INTO flash_sale_take (id, quantity, price, state, taken_at, ended_at)"
                + " VALUES (?1, 0, 0, 'RETURNED', now(), now()) ON CONFLICT (id) DO NOTHING").setParameter(1, takeId).executeUpdate();
        if (ruledOut == 1) {
            return;
        }
        FlashSaleTake take = em.find(FlashSaleTake.class, takeId, LockModeType.PESSIMISTIC_WRITE);
        if (take != null && take.state() == FlashSaleTake.State.TAKEN) {
            giveBack(take);
        }
    }

    /** Takes still waiting for a saga after {@code before}: their checkout stopped (a crash) without saying so. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> waitingSince(OffsetDateTime before, int limit) {
        return em.createQuery("SELECT t.id FROM FlashSaleTake t WHERE t.state = :taken AND t.takenAt < :before ORDER BY t.takenAt",
                String.class).setParameter("taken", FlashSaleTake.State.TAKEN).setParameter("before", before).setMaxResults(limit)
                .getResultList();
    }

    private void giveBack(FlashSaleTake take) {
        if (!take.giveBack(clock.now())) {
            return;
        }
        // The shopper's row, then the sale's: the order taking used, so the two never wait crosswise.
        em.createNativeQuery("UPDATE flash_sale_buyer SET units = units - ?1 WHERE flash_sale_id = ?2 AND user_id = ?3")
                .setParameter(1, take.quantity()).setParameter(2, take.flashSaleId()).setParameter(3, take.userId()).executeUpdate();
        em.createNativeQuery("UPDATE flash_sale SET remaining = remaining + ?1 WHERE id = ?2")
                .setParameter(1, take.quantity()).setParameter(2, take.flashSaleId()).executeUpdate();
        soldOut.remove(take.flashSaleId());
        LOG.info(() -> take.quantity() + " unit(s) of flash sale " + take.flashSaleId() + " back in its quota (order " + take.orderId() + ")");
    }

    /** The take the saga holds, locked; null (remembering the saga's end) when it holds none. */
    private FlashSaleTake heldBy(String lraId, String end) {
        List<FlashSaleTake> found = em.createQuery("SELECT t FROM FlashSaleTake t WHERE t.lraId = :lra", FlashSaleTake.class)
                .setParameter("lra", lraId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            em.createNativeQuery("INSERT INTO flash_sale_saga_end (lra_id, state, ended_at) VALUES (?1, ?2, now())"
                    + " ON CONFLICT (lra_id) DO NOTHING").setParameter(1, lraId).setParameter(2, end).executeUpdate();
            return null;
        }
        return found.get(0);
    }

    public static ProblemException soldOut() {
        return new ProblemException(ErrorCode.SOLD_OUT, "This flash sale is sold out.");
    }
}
