package shop.search.product.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.schedule.RepeatingTask;
import shop.search.product.entity.ProductHits;
import shop.search.product.entity.ProductQuery;

/**
 * This replica's own full copy of the search index, in {@code shop.search.index-dir} (by default
 * {@code search-index} in the shop's data folder), surviving restarts. Writes are made durable
 * every second; a missing or corrupt index is reported by {@link #needsRebuild()} and rebuilt
 * from the catalog by {@link CatalogFollower}.
 */
@ApplicationScoped
public class ReplicaIndex {

    private static final Logger LOG = Logger.getLogger(ReplicaIndex.class.getName());

    /** Marks kept with the index: the last change applied from each feed. */
    public static final String CATALOG_MARK = "catalogSeq";
    public static final String READ_MODEL_MARK = "readModelSeq";

    @Inject
    @ConfigProperty(name = "shop.search.index-dir")
    String folder;

    @Resource
    ManagedScheduledExecutorService executor;

    private ProductIndex index;
    private RepeatingTask committer;

    @PostConstruct
    void open() {
        try {
            index = ProductIndex.open(Path.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
        LOG.info(() -> "search index in " + folder + ": " + index.size() + " products"
                + (index.needsRebuild() ? ", to be rebuilt from the catalog" : ""));
        committer = RepeatingTask.start(executor, Duration.ofSeconds(1), Duration.ofSeconds(1), "search index commit", this::commit);
    }

    @PreDestroy
    void close() {
        committer.cancel();
        try {
            index.close();
        } catch (IOException e) {
            LOG.warning(() -> "search index not closed cleanly: " + e);
        }
    }

    public ProductIndex index() {
        return index;
    }

    public boolean needsRebuild() {
        return index.needsRebuild();
    }

    public ProductHits search(ProductQuery query) {
        return index.search(query);
    }

    public List<String> suggest(String prefix, int limit) {
        return index.suggest(prefix, limit);
    }

    private void commit() {
        try {
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
