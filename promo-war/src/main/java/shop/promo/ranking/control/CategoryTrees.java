package shop.promo.ranking.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.time.ShopClock;
import shop.promo.ranking.entity.CategoryTree;

/**
 * The catalog's category tree, kept in memory and read again after
 * {@code shop.promo.catalog.refresh-after}, or sooner when asked about a category it does not
 * know (created since). While the catalog does not answer, the last tree read serves.
 */
@ApplicationScoped
public class CategoryTrees {

    /** A category the tree does not know makes it read again, but not more often than this. */
    private static final Duration UNKNOWN_RETRY = Duration.ofSeconds(1);

    @Inject
    CatalogLookups catalog;

    @Inject
    ShopClock clock;

    private volatile CategoryTree tree = CategoryTree.empty();
    private volatile Instant readAt = Instant.EPOCH;

    /** The category and every category under it. */
    public Set<String> withDescendants(String categoryId) {
        Instant now = clock.instant();
        CategoryTree known = tree;
        boolean stale = readAt.plus(catalog.refreshAfter()).isBefore(now);
        boolean unknown = !known.knows(categoryId) && readAt.plus(UNKNOWN_RETRY).isBefore(now);
        if (stale || unknown) {
            known = read(now);
        }
        return known.withDescendants(categoryId);
    }

    private synchronized CategoryTree read(Instant now) {
        // Readers that queued behind another read use its tree.
        if (!readAt.plus(UNKNOWN_RETRY).isBefore(now)) {
            return tree;
        }
        readAt = now;
        catalog.categories().ifPresent(read -> tree = read);
        return tree;
    }
}
