package shop.search.product.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import shop.platform.schedule.RepeatingTask;
import shop.search.product.entity.IndexedProduct;

/**
 * Keeps this replica's index in step with the catalog. Live {@code shop.catalog} events are
 * applied as they come (each replica has its own non-durable subscription, so nothing is left
 * on the broker when a replica goes away); the catalog's change feed closes every gap: at start,
 * after the broker connection comes back, and every {@code shop.search.catch-up-every} as a
 * safety net. A missing or corrupt index is rebuilt from the whole feed while the old one, if
 * any, keeps answering.
 */
@ApplicationScoped
public class CatalogFollower {

    private static final Logger LOG = Logger.getLogger(CatalogFollower.class.getName());

    @Inject
    ReplicaIndex replica;

    @Inject
    @RestClient
    CatalogFeedClient feed;

    @Inject
    @ConfigProperty(name = "shop.search.catch-up-every", defaultValue = "PT30S")
    Duration every;

    @Inject
    @ConfigProperty(name = "shop.search.feed-page", defaultValue = "1000")
    int page;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    private final ReentrantLock catchingUp = new ReentrantLock();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile Rebuild lastRebuild;
    private volatile String lastFailure;
    private RepeatingTask follower;

    /** How the last rebuild went: when, how many products, how long. */
    public record Rebuild(Instant finishedAt, long products, long millis) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Every few seconds until the index is built (the catalog may not answer yet at start), then every `every`.
        follower = RepeatingTask.start(scheduler, Duration.ZERO, () -> replica.needsRebuild() ? Duration.ofSeconds(2) : every,
                "search catalog catch-up", this::followUp);
    }

    @PreDestroy
    void stop() {
        if (follower != null) {
            follower.cancel();
        }
    }

    /** A product as an event or the feed carries it: indexed when published, removed otherwise; older versions change nothing. */
    public void apply(JsonObject product) {
        try {
            if (CatalogProducts.searchable(product)) {
                replica.index().upsert(CatalogProducts.indexed(product));
            } else {
                replica.index().remove(CatalogProducts.id(product), CatalogProducts.version(product));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds when the index is missing or corrupt, else reads the feed after the last number applied. */
    void followUp() {
        if (replica.needsRebuild()) {
            rebuild();
        } else {
            catchUp();
        }
    }

    /** Reads the catalog's changes after the last one applied, unless a rebuild is reading everything anyway. */
    public void catchUp() {
        if (rebuilding.get() || !catchingUp.tryLock()) {
            return;
        }
        try {
            ProductIndex index = replica.index();
            long mark = index.appliedMark(ReplicaIndex.CATALOG_MARK);
            int applied = 0;
            JsonObject changes;
            do {
                changes = feed.after(mark, page);
                for (JsonValue product : changes.getJsonArray("items")) {
                    apply(product.asJsonObject());
                    applied++;
                }
                mark = changes.getJsonNumber("last").longValue();
                index.mark(ReplicaIndex.CATALOG_MARK, mark);
            } while (changes.getJsonArray("items").size() == page);
            if (applied > 0) {
                long upTo = mark;
                int count = applied;
                LOG.info(() -> "search caught up with " + count + " catalog changes, up to " + upTo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            catchingUp.unlock();
        }
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public boolean startRebuild() {
        if (rebuilding.get()) {
            return false;
        }
        executor.execute(this::rebuild);
        return true;
    }

    public boolean rebuilding() {
        return rebuilding.get();
    }

    public Rebuild lastRebuild() {
        return lastRebuild;
    }

    /** Why the last rebuild failed, if it did; cleared by a successful one. */
    public String lastFailure() {
        return lastFailure;
    }

    /**
     * Rebuilds the index from the whole change feed into a new index; searches keep using the
     * current one until the new one is complete. Stock and sales carry over.
     */
    void rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        try {
            ProductIndex index = replica.index();
            FeedReader all = new FeedReader();
            index.rebuild(all, Map.of(ReplicaIndex.READ_MODEL_MARK, index.appliedMark(ReplicaIndex.READ_MODEL_MARK)));
            index.mark(ReplicaIndex.CATALOG_MARK, all.last);
            index.commit();
            Rebuild done = new Rebuild(Instant.now(), index.size(), (System.nanoTime() - started) / 1_000_000);
            lastRebuild = done;
            lastFailure = null;
            LOG.info(() -> "search index rebuilt from the catalog: " + done.products() + " products in " + done.millis() + " ms");
        } catch (IOException | RuntimeException e) {
            // The current index keeps serving; the next round (or the operator) tries again.
            lastFailure = Instant.now() + " " + e;
            LOG.log(Level.WARNING, "search index rebuild failed; the current index keeps serving", e);
            return;
        } finally {
            rebuilding.set(false);
        }
        catchUp();
    }

    /** The whole feed from the start, page by page, as the products to index (published ones). */
    private final class FeedReader implements Iterator<IndexedProduct> {
        private final Deque<IndexedProduct> ready = new ArrayDeque<>();
        private long last;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !exhausted) {
                JsonObject changes = feed.after(last, page);
                for (JsonValue value : changes.getJsonArray("items")) {
                    JsonObject product = value.asJsonObject();
                    if (CatalogProducts.searchable(product)) {
                        ready.add(CatalogProducts.indexed(product));
                    }
                }
                last = changes.getJsonNumber("last").longValue();
                exhausted = changes.getJsonArray("items").size() < page;
            }
            return !ready.isEmpty();
        }

        @Override
        public IndexedProduct next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }
    }
}
