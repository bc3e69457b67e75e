package shop.search.product.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import shop.platform.schedule.RepeatingTask;

/**
 * Brings stock and sales into this replica's index: every {@code shop.search.read-model-poll}
 * (1 s), the rows changed after the number the index last applied.
 */
@ApplicationScoped
public class ReadModelFollower {

    private static final int PAGE = 1000;

    @Inject
    ReplicaIndex replica;

    @Inject
    StockAndSales stockAndSales;

    @Inject
    @ConfigProperty(name = "shop.search.read-model-poll", defaultValue = "PT1S")
    Duration poll;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask follower;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        follower = RepeatingTask.start(executor, poll, poll, "search stock and sales", this::followUp);
    }

    @PreDestroy
    void stop() {
        if (follower != null) {
            follower.cancel();
        }
    }

    void followUp() {
        ProductIndex index = replica.index();
        long mark = index.appliedMark(ReplicaIndex.READ_MODEL_MARK);
        try {
            List<StockAndSales.Change> changes;
            do {
                changes = stockAndSales.changesAfter(mark, PAGE);
                for (StockAndSales.Change change : changes) {
                    if (change.isStock()) {
                        index.updateStock(change.skuId(), change.value());
                    } else {
                        index.setSales(change.productId(), change.value());
                    }
                    mark = change.seq();
                }
                if (!changes.isEmpty()) {
                    index.mark(ReplicaIndex.READ_MODEL_MARK, mark);
                }
            } while (changes.size() == PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
