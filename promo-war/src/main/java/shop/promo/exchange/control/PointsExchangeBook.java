package shop.promo.exchange.control;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.promo.coupon.control.CouponWallet;
import shop.promo.coupon.entity.Coupon;
import shop.promo.exchange.entity.PointsExchange;
import shop.promo.exchange.entity.PointsOffer;
import shop.promo.pricing.entity.PromotionStatus;

/** Points offers and the exchanges' records, each step in its own transaction (the saga's calls run between them). */
@ApplicationScoped
@Transactional
public class PointsExchangeBook {

    private static final Logger LOG = Logger.getLogger(PointsExchangeBook.class.getName());
    private static final List<PointsExchange.Status> LIVE = Arrays.stream(PointsExchange.Status.values()).filter(PointsExchange.Status::live)
            .toList();

    @PersistenceContext(unitName = "promo")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    CouponWallet wallet;

    /** A new offer of a template's coupons for {@code points}; 422 for an unknown template, 409 when it is offered already. */
    public PointsOffer open(String name, String templateId, long points, String operator) {
        if (wallet.template(templateId).isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such coupon template.");
        }
        if (offerOf(templateId).isPresent()) {
            throw ProblemException.conflict("This coupon template is offered for points already.");
        }
        PointsOffer offer = PointsOffer.open(Ids.newId(), name, templateId, points, operator, clock.now());
        em.persist(offer);
        return offer;
    }

    /** A new offer of {@code quantity} units of a SKU the catalog sells as gifts for {@code points} each. */
    public PointsOffer openGift(String name, String skuId, String productId, int quantity, int perUserLimit, long points, String operator) {
        PointsOffer offer = PointsOffer.gift(Ids.newId(), name, skuId, productId, quantity, perUserLimit, points, operator, clock.now());
        em.persist(offer);
        return offer;
    }

    public PointsOffer change(String offerId, PromotionStatus next) {
        PointsOffer offer = em.find(PointsOffer.class, offerId, LockModeType.PESSIMISTIC_WRITE);
        if (offer == null) {
            throw ProblemException.notFound("No such points offer.");
        }
        if (!offer.become(next, clock.now())) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "The offer is " + offer.status().name().toLowerCase() + ".");
        }
        return offer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PointsOffer> offers(boolean all) {
        if (all) {
            return em.createQuery("SELECT o FROM PointsOffer o ORDER BY o.createdAt DESC", PointsOffer.class).setMaxResults(500)
                    .getResultList();
        }
        return em.createQuery("SELECT o FROM PointsOffer o WHERE o.status = :active ORDER BY o.createdAt DESC", PointsOffer.class)
                .setParameter("active", PromotionStatus.ACTIVE).setMaxResults(200).getResultList();
    }

    /** The offer a shopper may exchange for now: 404 unknown, 409 {@code INVALID_STATE} paused, 409 {@code ENDED} ended. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PointsOffer open(String offerId) {
        PointsOffer offer = em.find(PointsOffer.class, offerId);
        if (offer == null) {
            throw ProblemException.notFound("No such points offer.");
        }
        return switch (offer.status()) {
            case ACTIVE -> offer;
            case PAUSED -> throw new ProblemException(ErrorCode.INVALID_STATE, "Exchanges of this offer are paused.");
            case ENDED -> throw new ProblemException(ErrorCode.ENDED, "This offer has ended.");
        };
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PointsOffer> offerOf(String templateId) {
        return em.createQuery("SELECT o FROM PointsOffer o WHERE o.templateId = :template", PointsOffer.class)
                .setParameter("template", templateId).getResultStream().findFirst();
    }

    /**
     * Records the exchange; a gift's unit is taken in the same transaction (409 {@code SOLD_OUT},
     * {@code CONFLICT} over the shopper's limit), so the units left and the live exchanges
     * (pending or done) always add up to the offer's quantity.
     */
    public PointsExchange begin(String id, PointsOffer offer, String userId, String lraId) {
        if (offer.isGift()) {
            PointsOffer locked = em.find(PointsOffer.class, offer.id(), LockModeType.PESSIMISTIC_WRITE);
            long held = em.createNamedQuery(PointsExchange.LIVE_OF_USER, Long.class).setParameter("offer", offer.id())
                    .setParameter("user", userId).setParameter("live", LIVE).getSingleResult();
            locked.takeGift(held, clock.now());
        }
        PointsExchange exchange = PointsExchange.begin(id, offer.id(), userId, offer.points(), lraId, clock.now());
        em.persist(exchange);
        return exchange;
    }

    /** The gift's order order-war placed inside the saga. */
    public void ordered(String exchangeId, String orderId) {
        em.find(PointsExchange.class, exchangeId, LockModeType.PESSIMISTIC_WRITE).ordered(orderId, clock.now());
    }

    /**
     * Issues the offer's coupon to the shopper inside the saga, within the template's limits
     * (409 {@code SOLD_OUT}, {@code CONFLICT} over the per-shopper limit, {@code ENDED}...).
     */
    public PointsExchange issue(String exchangeId) {
        PointsExchange exchange = em.find(PointsExchange.class, exchangeId, LockModeType.PESSIMISTIC_WRITE);
        if (exchange.status() != PointsExchange.Status.PENDING) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "The exchange has already ended.");
        }
        PointsOffer offer = em.find(PointsOffer.class, exchange.offerId());
        Coupon coupon = wallet.issue(offer.templateId(), exchange.userId());
        exchange.issued(coupon.id(), clock.now());
        return exchange;
    }

    /** The saga closed: the exchange is done. Idempotent. */
    public Optional<PointsExchange> done(String lraId) {
        Optional<PointsExchange> exchange = bySaga(lraId);
        exchange.ifPresent(e -> e.done(clock.now()));
        return exchange;
    }

    /**
     * The saga was cancelled (a refusal, or its time limit): a coupon it issued is taken back if
     * the shopper has not used it yet, a gift's unit goes back to its offer (the saga cancels the
     * gift's order), and the exchange is refused. Idempotent.
     */
    public Optional<PointsExchange> refuse(String lraId, String problemJson) {
        Optional<PointsExchange> exchange = bySaga(lraId);
        exchange.ifPresent(e -> {
            String coupon = e.couponId();
            if (!e.refuse(problemJson, clock.now())) {
                return;
            }
            if (coupon != null && !wallet.revoke(coupon)) {
                LOG.warning(() -> "exchange " + e.id() + " cancelled after its coupon " + coupon + " was locked or used; the coupon stays");
            }
            PointsOffer offer = em.find(PointsOffer.class, e.offerId(), LockModeType.PESSIMISTIC_WRITE);
            if (offer.isGift()) {
                offer.giftBack(clock.now());
            }
        });
        return exchange;
    }

    /**
     * A gift's order was refunded (cancelled before shipping, or sent back): the exchange is
     * {@code RETURNED} and the unit goes back to the offer, so another shopper (or the same one,
     * within the limit) may have it. Once per order; orders that are not gifts change nothing.
     */
    public void orderRefunded(String orderId) {
        em.createNamedQuery(PointsExchange.BY_ORDER, PointsExchange.class).setParameter("order", orderId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().ifPresent(e -> {
                    if (e.returned(clock.now())) {
                        em.find(PointsOffer.class, e.offerId(), LockModeType.PESSIMISTIC_WRITE).giftBack(clock.now());
                        LOG.info(() -> "gift exchange " + e.id() + ": order " + orderId + " refunded, its unit is back in offer " + e.offerId());
                    }
                });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PointsExchange find(String exchangeId) {
        return em.find(PointsExchange.class, exchangeId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PointsExchange ofUser(String exchangeId, String userId) {
        PointsExchange exchange = em.find(PointsExchange.class, exchangeId);
        if (exchange == null || !exchange.userId().equals(userId)) {
            throw ProblemException.notFound("No such exchange.");
        }
        return exchange;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PointsExchange> listOf(String userId, PageRequest page) {
        List<PointsExchange> items = em.createNamedQuery(PointsExchange.OF_USER, PointsExchange.class).setParameter("user", userId)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(PointsExchange.COUNT_OF_USER, Long.class).setParameter("user", userId).getSingleResult();
        return Page.of(items, page, total);
    }

    /** Exchanges still pending long after their saga's time limit: for the sweep to settle. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PointsExchange> stale(OffsetDateTime before) {
        return em.createNamedQuery(PointsExchange.STALE, PointsExchange.class).setParameter("pending", PointsExchange.Status.PENDING)
                .setParameter("before", before).setMaxResults(100).getResultList();
    }

    private Optional<PointsExchange> bySaga(String lraId) {
        return em.createNamedQuery(PointsExchange.BY_SAGA, PointsExchange.class).setParameter("lra", lraId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }
}
