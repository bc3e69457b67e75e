package shop.promo.coupon.control;

import java.time.OffsetDateTime;
import java.util.logging.Logger;

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
import shop.promo.coupon.entity.Coupon;
import shop.promo.coupon.entity.CouponLock;
import shop.promo.coupon.entity.CouponReturn;

/**
 * The coupon's part in the sagas, each step in one transaction under the saga record's row
 * lock: a checkout locks the coupon (complete: used, compensate: back in the wallet); a full
 * refund gives it back if it can still be used. Every end is idempotent and accepts a saga that
 * never held anything here, leaving a record so a late lock is refused.
 */
@ApplicationScoped
@Transactional
public class CouponLocks {

    private static final Logger LOG = Logger.getLogger(CouponLocks.class.getName());

    @PersistenceContext(unitName = "promo")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    Outbox outbox;

    /**
     * Locks the shopper's coupon for the checkout saga {@code lraId}. The same request again
     * returns the first lock; a coupon that is not the shopper's is 422 {@code INVALID_REFERENCE},
     * one that cannot be used now 422 {@code COUPON_INVALID}; a saga that already ended here is 409.
     */
    public CouponLock lock(String lraId, String orderId, String userId, String couponId) {
        OffsetDateTime now = clock.now();
        CouponLock known = em.find(CouponLock.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            if (known.state() != CouponLock.State.LOCKED || !couponId.equals(known.couponId())) {
                throw new ProblemException(ErrorCode.INVALID_STATE, "This checkout has already ended.");
            }
            return known;
        }
        Coupon coupon = em.find(Coupon.class, couponId, LockModeType.PESSIMISTIC_WRITE);
        if (coupon == null || !coupon.userId().equals(userId)) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such coupon among yours.");
        }
        if (!coupon.usableAt(now)) {
            throw new ProblemException(ErrorCode.COUPON_INVALID, "The coupon is " + coupon.statusAt(now).name().toLowerCase()
                    + " and cannot be used on this order.");
        }
        coupon.lock(orderId, now);
        CouponLock lock = CouponLock.locked(lraId, couponId, orderId, now);
        em.persist(lock);
        LOG.info(() -> "coupon " + couponId + " locked for order " + orderId);
        return lock;
    }

    /** The checkout completed (the order is paid): the coupon is used, and announced. */
    public void use(String lraId) {
        CouponLock lock = endLock(lraId, CouponLock.State.USED);
        if (lock == null) {
            return;
        }
        Coupon coupon = em.find(Coupon.class, lock.couponId(), LockModeType.PESSIMISTIC_WRITE);
        if (coupon != null && coupon.use(lock.orderId(), clock.now())) {
            outbox.record(EventType.PROMO_COUPON_REDEEMED, coupon.id(), Jsons.createObjectBuilder()
                    .add("couponId", coupon.id())
                    .add("templateId", coupon.template().id())
                    .add("userId", coupon.userId())
                    .add("orderId", lock.orderId())
                    .build());
        }
    }

    /** The checkout was cancelled: the coupon goes back to the wallet. */
    public void release(String lraId) {
        CouponLock lock = endLock(lraId, CouponLock.State.RELEASED);
        if (lock == null) {
            return;
        }
        Coupon coupon = em.find(Coupon.class, lock.couponId(), LockModeType.PESSIMISTIC_WRITE);
        if (coupon != null) {
            coupon.release(lock.orderId());
        }
    }

    /** A refund saga will give the order's coupon back when it closes. Repeating it changes nothing. */
    public CouponReturn announceReturn(String lraId, String orderId, String couponId) {
        CouponReturn known = em.find(CouponReturn.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            if (known.state() != CouponReturn.State.ANNOUNCED) {
                throw new ProblemException(ErrorCode.INVALID_STATE, "This refund has already ended.");
            }
            return known;
        }
        CouponReturn announced = CouponReturn.announced(lraId, couponId, orderId, clock.now());
        em.persist(announced);
        return announced;
    }

    /** The refund closed: the coupon is back in the wallet if it can still be used, else it stays used. */
    public CouponReturn giveBack(String lraId) {
        CouponReturn known = em.find(CouponReturn.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (known == null) {
            return endedReturn(lraId, CouponReturn.State.KEPT);
        }
        if (known.state() != CouponReturn.State.ANNOUNCED) {
            return known;
        }
        Coupon coupon = known.couponId() == null ? null : em.find(Coupon.class, known.couponId(), LockModeType.PESSIMISTIC_WRITE);
        boolean back = coupon != null && coupon.giveBack(known.orderId(), clock.now());
        known.end(back ? CouponReturn.State.RETURNED : CouponReturn.State.KEPT, clock.now());
        LOG.info(() -> "coupon " + known.couponId() + " of refunded order " + known.orderId() + (back ? " returned" : " kept (no longer usable)"));
        return known;
    }

    /** The refund was called off: the coupon stays used. */
    public CouponReturn dropReturn(String lraId) {
        CouponReturn known = em.find(CouponReturn.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (known == null) {
            return endedReturn(lraId, CouponReturn.State.DROPPED);
        }
        known.end(CouponReturn.State.DROPPED, clock.now());
        return known;
    }

    /** The lock, now ended as {@code end}; null when it had ended before or never locked a coupon. */
    private CouponLock endLock(String lraId, CouponLock.State end) {
        CouponLock lock = em.find(CouponLock.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            // Nothing locked here: remember the end so a late lock is refused; of two racing callbacks the first insert wins.
            em.createNativeQuery("INSERT INTO coupon_lock (lra_id, state, created_at, ended_at) VALUES (?1, ?2, now(), now())"
                    + " ON CONFLICT (lra_id) DO NOTHING").setParameter(1, lraId).setParameter(2, end.name()).executeUpdate();
            return null;
        }
        return lock.end(end, clock.now()) && lock.couponId() != null ? lock : null;
    }

    private CouponReturn endedReturn(String lraId, CouponReturn.State end) {
        em.createNativeQuery("INSERT INTO coupon_return (lra_id, state, created_at, ended_at) VALUES (?1, ?2, now(), now())"
                + " ON CONFLICT (lra_id) DO NOTHING").setParameter(1, lraId).setParameter(2, end.name()).executeUpdate();
        return em.find(CouponReturn.class, lraId);
    }
}
