package shop.promo.ranking.control;

import java.time.Duration;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import shop.platform.schedule.RepeatingTask;
import shop.platform.time.ShopClock;

/**
 * Background upkeep: products sold for the first time (or not asked about for a while) are
 * looked up in the catalog every {@code shop.promo.catalog.check-pause}; buckets that left the
 * window are deleted once per bucket length. Both are safe to run on several replicas at once.
 */
@ApplicationScoped
public class RankingUpkeep {

    private static final Logger LOG = Logger.getLogger(RankingUpkeep.class.getName());
    private static final int CHECK_BATCH = 50;

    @Inject
    ProductFacts facts;

    @Inject
    SalesBook sales;

    @Inject
    Rankings rankings;

    @Inject
    ShopClock clock;

    @Inject
    @ConfigProperty(name = "shop.promo.catalog.check-pause", defaultValue = "PT2S")
    Duration checkPause;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask checks;
    private RepeatingTask purge;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        checks = RepeatingTask.start(executor, checkPause, checkPause, "ranked products' catalog check", this::checkProducts);
        Duration purgePause = rankings.window().bucket().compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1)
                : rankings.window().bucket();
        purge = RepeatingTask.start(executor, Duration.ofMinutes(1), purgePause, "old sales buckets", this::purgeOld);
    }

    @PreDestroy
    void stop() {
        if (checks != null) {
            checks.cancel();
        }
        if (purge != null) {
            purge.cancel();
        }
    }

    private void checkProducts() {
        // A full batch means more are waiting: go on at once.
        while (facts.checkDue(CHECK_BATCH) == CHECK_BATCH) {
            LOG.fine("more products to check against the catalog");
        }
    }

    private void purgeOld() {
        int removed = sales.purgeBefore(rankings.window().startAt(clock.instant()));
        if (removed > 0) {
            LOG.info(() -> removed + " sales buckets left the ranking window and were deleted");
        }
    }
}
