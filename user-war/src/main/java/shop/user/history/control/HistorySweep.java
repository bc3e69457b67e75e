package shop.user.history.control;

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

/**
 * Deletes views older than 90 days of shoppers who stopped browsing (an active shopper's history
 * is trimmed at each view), every {@code shop.user.history.sweep}. Harmless on several replicas
 * at once: each deletes what is still there.
 */
@ApplicationScoped
public class HistorySweep {

    private static final Logger LOG = Logger.getLogger(HistorySweep.class.getName());

    @Inject
    BrowseHistory history;

    @Inject
    @ConfigProperty(name = "shop.user.history.sweep", defaultValue = "PT1H")
    Duration pause;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask sweep;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweep = RepeatingTask.start(executor, Duration.ofMinutes(1), pause, "browse history sweep", this::forgetExpired);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
    }

    void forgetExpired() {
        int forgotten = history.forgetExpired();
        if (forgotten > 0) {
            LOG.info(() -> "browse history sweep: " + forgotten + " views older than 90 days deleted");
        }
    }
}
