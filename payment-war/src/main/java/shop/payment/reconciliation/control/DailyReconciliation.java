package shop.payment.reconciliation.control;

import java.time.Duration;
import java.time.LocalDate;

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
 * Reconciles yesterday once it is over: checked every {@code shop.payment.reconciliation.check}
 * (hourly), so a day missed while the shop was down is done at the next start.
 */
@ApplicationScoped
public class DailyReconciliation {

    @Inject
    Reconciliation reconciliation;

    @Inject
    ShopClock clock;

    @Inject
    @ConfigProperty(name = "shop.payment.reconciliation.check", defaultValue = "PT1H")
    Duration pause;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        task = RepeatingTask.start(executor, Duration.ofMinutes(1), pause, "daily reconciliation", this::reconcileYesterday);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel();
        }
    }

    void reconcileYesterday() {
        LocalDate yesterday = reconciliation.dayOf(clock.instant()).minusDays(1);
        if (reconciliation.of(yesterday).isEmpty()) {
            reconciliation.run(yesterday);
        }
    }
}
