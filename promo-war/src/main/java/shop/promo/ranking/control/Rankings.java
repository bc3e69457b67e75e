package shop.promo.ranking.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.time.ShopClock;
import shop.promo.ranking.entity.HotList;
import shop.promo.ranking.entity.HotRanking;
import shop.promo.ranking.entity.SalesWindow;

/** The hot-selling ranking of a category (its sub-categories included) or of the whole shop. */
@ApplicationScoped
public class Rankings {

    @Inject
    SalesBook sales;

    @Inject
    CategoryTrees categories;

    @Inject
    ShopClock clock;

    @Inject
    @ConfigProperty(name = "shop.promo.ranking.window", defaultValue = "P7D")
    Duration window;

    @Inject
    @ConfigProperty(name = "shop.promo.ranking.bucket", defaultValue = "PT1H")
    Duration bucket;

    public SalesWindow window() {
        return new SalesWindow(window, bucket);
    }

    /** The first {@code limit} products by units sold in the window; {@code categoryId} null: the whole shop. */
    public HotList hot(String categoryId, int limit) {
        Instant now = clock.instant();
        SalesWindow sliding = window();
        Instant from = sliding.startAt(now);
        Set<String> inCategories = categoryId == null ? null : categories.withDescendants(categoryId);
        return new HotList(categoryId, from, now, window, HotRanking.rank(sales.soldSince(from, inCategories, limit), limit));
    }
}
