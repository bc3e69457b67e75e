package shop.promo.coupon.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;
import shop.promo.coupon.entity.CouponTemplate;
import shop.promo.pricing.entity.PromotionStatus;

/** Coupon templates: operators issue, pause, resume and end them; shoppers browse the live ones. */
@ApplicationScoped
@Transactional
public class CouponTemplates {

    @PersistenceContext(unitName = "promo")
    EntityManager em;

    @Inject
    ShopClock clock;

    public CouponTemplate issue(CouponTemplate template) {
        em.persist(template);
        return template;
    }

    public CouponTemplate become(String id, PromotionStatus next) {
        CouponTemplate template = find(id);
        template.become(next, clock.now());
        return template;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CouponTemplate find(String id) {
        CouponTemplate template = em.find(CouponTemplate.class, id);
        if (template == null) {
            throw ProblemException.notFound("No such coupon template.");
        }
        return template;
    }

    /**
     * What shoppers can claim now or soon: active templates not yet over, soonest first. A
     * template offered for points is had only by exchange (its claim is refused), so it is listed
     * with the points offers, not here.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CouponTemplate> live(int limit) {
        return em.createQuery("SELECT t FROM CouponTemplate t WHERE t.status = :active AND t.validTo > :now"
                + " AND NOT EXISTS (SELECT o FROM PointsOffer o WHERE o.templateId = t.id)"
                + " ORDER BY t.validFrom, t.id", CouponTemplate.class)
                .setParameter("active", PromotionStatus.ACTIVE).setParameter("now", clock.now()).setMaxResults(limit).getResultList();
    }

    /** Every template, newest first (operators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CouponTemplate> all(int limit) {
        return em.createQuery("SELECT t FROM CouponTemplate t ORDER BY t.createdAt DESC, t.id", CouponTemplate.class)
                .setMaxResults(limit).getResultList();
    }
}
