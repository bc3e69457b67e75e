package shop.order.checkout.control;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.order.checkout.entity.FlashCheckout;
import shop.order.checkout.entity.FlashCheckoutStatus;
import shop.platform.problem.Problem;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;

/** Flash sale checkouts accepted before their saga, each change in its own transaction. */
@ApplicationScoped
@Transactional
public class FlashCheckouts {

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    ShopClock clock;

    public void accept(FlashCheckout checkout) {
        em.persist(checkout);
    }

    /**
     * Claims a queued checkout for running its saga; false when it is not queued any more (another
     * runner, on this server or another, has it), so a saga never runs twice.
     */
    public boolean claim(String id) {
        FlashCheckout checkout = em.find(FlashCheckout.class, id, LockModeType.PESSIMISTIC_WRITE);
        return checkout != null && checkout.start(clock.now());
    }

    public void placed(String id) {
        em.find(FlashCheckout.class, id, LockModeType.PESSIMISTIC_WRITE).placed(clock.now());
    }

    /** Refused, unless it was settled meanwhile (a sweep and a late runner may both try). */
    public void refused(String id, Problem problem) {
        FlashCheckout checkout = em.find(FlashCheckout.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!checkout.status().settled()) {
            checkout.refused(problem, clock.now());
        }
    }

    /** The shopper's checkout; anyone else's is "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FlashCheckout ofUser(String id, String userId) {
        return Optional.ofNullable(em.find(FlashCheckout.class, id)).filter(c -> c.belongsTo(userId))
                .orElseThrow(() -> ProblemException.notFound("No such checkout."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FlashCheckout find(String id) {
        return em.find(FlashCheckout.class, id);
    }

    /** Checkouts in {@code status} unchanged since before {@code before}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FlashCheckout> unchangedSince(FlashCheckoutStatus status, OffsetDateTime before) {
        return em.createNamedQuery(FlashCheckout.UNSETTLED_BEFORE, FlashCheckout.class).setParameter("status", status)
                .setParameter("before", before).setMaxResults(200).getResultList();
    }

    /**
     * Forgets settled checkouts (placed or refused) unchanged since before {@code before}, at most
     * {@code max} at a time: their orders hold what a shopper needs; returns how many went.
     */
    public int purgeSettledBefore(OffsetDateTime before, int max) {
        return em.createNativeQuery("DELETE FROM flash_checkout WHERE id IN (SELECT id FROM flash_checkout"
                + " WHERE status IN ('PLACED', 'REFUSED') AND updated_at < ?1 LIMIT ?2)")
                .setParameter(1, before).setParameter(2, max).executeUpdate();
    }
}
