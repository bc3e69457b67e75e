package shop.user.points.control;

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
 * Expires points whose lot's time is over, every {@code shop.user.points.expiry-sweep}, one
 * member per transaction. Spending and the member's own view never count expired points even
 * before the sweep reaches them; the sweep writes the statement line and lowers the balance.
 */
@ApplicationScoped
public class PointsExpiry {

    private static final int BATCH = 200;

    @Inject
    PointsLedger ledger;

    @Inject
    @ConfigProperty(name = "shop.user.points.expiry-sweep", defaultValue = "PT1M")
    Duration pause;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask sweep;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweep = RepeatingTask.start(executor, pause, pause, "points expiry", this::expireDue);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
    }

    void expireDue() {
        List<String> members;
        do {
            members = ledger.withExpiredPoints(BATCH);
            members.forEach(ledger::expire);
        } while (members.size() == BATCH);
    }
}
