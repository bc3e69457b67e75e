package shop.promo.flashsale.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.schedule.RepeatingTask;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.promo.flashsale.entity.FlashSale;

/**
 * Flash sales for operators and shoppers: operators open a sale of a SKU the catalog sells (at
 * a lower price) and may end it early; anyone lists them. A sweep gives back units taken by
 * checkouts that stopped before their saga joined (a crash between the take and the saga).
 */
@ApplicationScoped
@Transactional
public class FlashSales {

    private static final Logger LOG = Logger.getLogger(FlashSales.class.getName());

    @PersistenceContext(unitName = "promo")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    @RestClient
    CatalogSkuClient catalog;

    @Inject
    FlashSaleQuota quota;

    @Inject
    @ConfigProperty(name = "shop.promo.flash-sale.take-timeout", defaultValue = "PT1M")
    Duration takeTimeout;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask sweep;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweep = RepeatingTask.start(executor, Duration.ofSeconds(10), Duration.ofSeconds(10), "flash sale takes no saga joined",
                this::giveBackAbandoned);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
    }

    /** A new sale of {@code skuId}; 422 when the catalog does not sell it now. */
    public FlashSale open(String skuId, long price, int quantity, int perUserLimit, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String operator) {
        JsonArray found = catalog.forSale(List.of(skuId));
        if (found.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "The catalog does not sell SKU " + skuId + " now.");
        }
        JsonObject sku = found.getJsonObject(0);
        FlashSale sale = FlashSale.open(Ids.newId(), skuId, sku.getString("productId"), sku.getString("productName"), price,
                sku.getJsonNumber("price").longValueExact(), sku.getString("currency"), quantity, perUserLimit, startsAt, endsAt, operator,
                clock.now());
        em.persist(sale);
        return sale;
    }

    public FlashSale end(String id) {
        FlashSale sale = find(id);
        sale.end(clock.now());
        return sale;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FlashSale find(String id) {
        FlashSale sale = em.find(FlashSale.class, id);
        if (sale == null) {
            throw ProblemException.notFound("No such flash sale.");
        }
        return sale;
    }

    /** Sales on now ({@code activeOnly}) or not over yet, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FlashSale> list(boolean activeOnly, int limit) {
        OffsetDateTime now = clock.now();
        String window = activeOnly ? " AND s.startsAt <= :now" : "";
        return em.createQuery("SELECT s FROM FlashSale s WHERE s.status = :active AND s.endsAt > :now" + window
                + " ORDER BY s.startsAt, s.id", FlashSale.class)
                .setParameter("active", FlashSale.Status.ACTIVE).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    void giveBackAbandoned() {
        for (String takeId : quota.waitingSince(clock.now().minus(takeTimeout), 200)) {
            try {
                quota.giveBackTaken(takeId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "flash sale take " + takeId + " not given back yet", e);
            }
        }
    }
}
