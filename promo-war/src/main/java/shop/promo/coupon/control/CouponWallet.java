package shop.promo.coupon.control;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.promo.coupon.entity.Coupon;
import shop.promo.coupon.entity.CouponStatus;
import shop.promo.coupon.entity.CouponTemplate;
import shop.promo.pricing.entity.PromotionStatus;

/**
 * Shoppers' coupons: claiming one from a template and listing one's own. A claim takes a unit
 * of the template with one conditional update ({@code claimed < total_quantity}); that update
 * also holds the template's row lock until commit, so concurrent claims of one template queue
 * and the per-shopper count after it sees every claim committed before. Neither limit can be
 * passed, however many claims arrive at once.
 */
@ApplicationScoped
@Transactional
public class CouponWallet {

    private static final String TAKE_ONE = "UPDATE coupon_template SET claimed = claimed + 1, updated_at = ?2"
            + " WHERE id = ?1 AND status = 'ACTIVE' AND claimed < total_quantity AND valid_from <= ?2 AND valid_to > ?2";

    @PersistenceContext(unitName = "promo")
    EntityManager em;

    @Inject
    ShopClock clock;

    /**
     * A shopper claims a coupon for free; 409 {@code INVALID_STATE} for a template offered for
     * points (its coupons are had only by exchange).
     */
    public Coupon claim(String templateId, String userId) {
        if (!em.createQuery("SELECT o.id FROM PointsOffer o WHERE o.templateId = :template", String.class)
                .setParameter("template", templateId).getResultList().isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "This coupon is had by exchanging points (/promo/points-offers).");
        }
        return issue(templateId, userId);
    }

    /** Issues a coupon of the template to the shopper within the template's limits (a points exchange, a claim). */
    public Coupon issue(String templateId, String userId) {
        OffsetDateTime now = clock.now();
        CouponTemplate template = em.find(CouponTemplate.class, templateId);
        if (template == null) {
            throw ProblemException.notFound("No such coupon template.");
        }
        if (em.createNativeQuery(TAKE_ONE).setParameter(1, templateId).setParameter(2, now).executeUpdate() == 0) {
            throw refusal(template, now);
        }
        long held = em.createQuery("SELECT COUNT(c) FROM Coupon c WHERE c.template.id = :template AND c.userId = :user", Long.class)
                .setParameter("template", templateId).setParameter("user", userId).getSingleResult();
        if (held >= template.perUserLimit()) {
            // Rolls the unit taken above back with the transaction.
            throw new ProblemException(ErrorCode.CONFLICT, "You already hold " + held + " of this coupon, the most one shopper may claim.");
        }
        Coupon coupon = Coupon.claimed(Ids.newId(), template, userId, now);
        em.persist(coupon);
        return coupon;
    }

    /**
     * Takes back a coupon a cancelled exchange issued, if the shopper has not locked or used it:
     * the coupon is gone and its unit back in the template. False when it is in use.
     */
    public boolean revoke(String couponId) {
        Coupon coupon = em.find(Coupon.class, couponId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (coupon == null) {
            return true;
        }
        if (coupon.status() != CouponStatus.AVAILABLE) {
            return false;
        }
        em.createNativeQuery("UPDATE coupon_template SET claimed = claimed - 1 WHERE id = ?1 AND claimed > 0")
                .setParameter(1, coupon.template().id()).executeUpdate();
        em.remove(coupon);
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<CouponTemplate> template(String templateId) {
        return java.util.Optional.ofNullable(em.find(CouponTemplate.class, templateId));
    }

    /** The shopper's coupons, newest first; {@code status} (as the shopper sees it) filters when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Coupon> mine(String userId, CouponStatus status) {
        OffsetDateTime now = clock.now();
        return em.createQuery("SELECT c FROM Coupon c WHERE c.userId = :user ORDER BY c.claimedAt DESC, c.id", Coupon.class)
                .setParameter("user", userId).setMaxResults(500).getResultList().stream()
                .filter(c -> status == null || c.statusAt(now) == status).toList();
    }

    /** Whether the coupon exists and is the shopper's (whatever its status). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean holds(String userId, String couponId) {
        Coupon coupon = em.find(Coupon.class, couponId);
        return coupon != null && coupon.userId().equals(userId);
    }

    /** The shopper's coupons a checkout could use now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Coupon> usable(String userId) {
        OffsetDateTime now = clock.now();
        return em.createQuery("SELECT c FROM Coupon c WHERE c.userId = :user AND c.status = :available", Coupon.class)
                .setParameter("user", userId).setParameter("available", CouponStatus.AVAILABLE).getResultList().stream()
                .filter(c -> c.usableAt(now)).toList();
    }

    private static ProblemException refusal(CouponTemplate template, OffsetDateTime now) {
        if (template.status() == PromotionStatus.ENDED || !now.isBefore(template.validTo())) {
            return new ProblemException(ErrorCode.ENDED, "This coupon can no longer be claimed.");
        }
        if (now.isBefore(template.validFrom())) {
            return new ProblemException(ErrorCode.NOT_STARTED, "This coupon can be claimed from " + template.validFrom() + ".");
        }
        if (template.status() == PromotionStatus.PAUSED) {
            return new ProblemException(ErrorCode.INVALID_STATE, "Claims of this coupon are paused.");
        }
        return new ProblemException(ErrorCode.SOLD_OUT, "Every coupon of this kind has been claimed.");
    }
}
