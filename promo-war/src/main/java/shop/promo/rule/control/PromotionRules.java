package shop.promo.rule.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;
import shop.promo.pricing.entity.PromotionStatus;
import shop.promo.rule.entity.PromotionRule;

/** Promotion rules: operators start, pause, resume and end them; the calculation reads the live ones. */
@ApplicationScoped
@Transactional
public class PromotionRules {

    @PersistenceContext(unitName = "promo")
    EntityManager em;

    @Inject
    ShopClock clock;

    public PromotionRule start(PromotionRule rule) {
        em.persist(rule);
        return rule;
    }

    public PromotionRule become(String id, PromotionStatus next) {
        PromotionRule rule = find(id);
        rule.become(next, clock.now());
        return rule;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PromotionRule find(String id) {
        PromotionRule rule = em.find(PromotionRule.class, id);
        if (rule == null) {
            throw ProblemException.notFound("No such promotion rule.");
        }
        return rule;
    }

    /** The rules that apply now, in one currency. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PromotionRule> applyingNow(String currency) {
        return em.createQuery("SELECT r FROM PromotionRule r WHERE r.status = :active AND r.validFrom <= :now AND r.validTo > :now"
                + " AND r.currency = :currency ORDER BY r.id", PromotionRule.class)
                .setParameter("active", PromotionStatus.ACTIVE).setParameter("now", clock.now()).setParameter("currency", currency)
                .getResultList();
    }

    /** Active rules not over yet (now or upcoming), soonest first: what shoppers may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PromotionRule> live(int limit) {
        return em.createQuery("SELECT r FROM PromotionRule r WHERE r.status = :active AND r.validTo > :now ORDER BY r.validFrom, r.id",
                PromotionRule.class).setParameter("active", PromotionStatus.ACTIVE).setParameter("now", clock.now())
                .setMaxResults(limit).getResultList();
    }
}
