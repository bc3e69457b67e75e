package shop.user.audit.control;

import java.time.Duration;

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
 * Keeps the security log for {@code shop.user.audit.retention} (180 days) and no longer: an
 * hourly sweep removes older entries. Every replica sweeps; the deletes are idempotent.
 */
@ApplicationScoped
public class AuditRetention {

    @Inject
    SecurityLog log;

    @Inject
    ShopClock clock;

    @Inject
    @ConfigProperty(name = "shop.user.audit.retention", defaultValue = "P180D")
    Duration retention;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask sweep;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweep = RepeatingTask.start(executor, Duration.ofMinutes(1), Duration.ofHours(1), "security log retention",
                () -> log.sweep(clock.now().minus(retention)));
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
    }
}
