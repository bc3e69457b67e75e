package shop.order.checkout.control;

import java.net.URI;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import shop.order.checkout.entity.Order;
import shop.platform.saga.Sagas;
import shop.platform.schedule.RepeatingTask;
import shop.platform.time.ShopClock;

/**
 * Finishes checkouts that stopped half-way (the server died between reserving and placing):
 * their saga is cancelled, so what they held is released now rather than when the payment
 * window ends. A checkout normally takes well under a second; one older than
 * {@code shop.order.abandoned-checkout-after} is no longer running.
 */
@ApplicationScoped
public class AbandonedCheckouts {

    private static final Logger LOG = Logger.getLogger(AbandonedCheckouts.class.getName());

    @Inject
    OrderBook orders;

    @Inject
    Sagas sagas;

    @Inject
    ShopClock clock;

    @Inject
    @ConfigProperty(name = "shop.order.abandoned-checkout-after", defaultValue = "PT1M")
    Duration after;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask sweep;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Duration period = Duration.ofSeconds(Math.max(5, after.toSeconds() / 2));
        sweep = RepeatingTask.start(executor, Duration.ofSeconds(5), period, "abandoned checkouts", this::sweepQuietly);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
    }

    private void sweepQuietly() {
        try {
            for (Order order : orders.abandonedBefore(clock.now().minus(after))) {
                LOG.info(() -> "checkout of order " + order.id() + " was interrupted; cancelling its saga");
                sagas.cancel(URI.create(order.lraId()));
                orders.reject(order.id());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "abandoned checkouts will be retried: " + e.getMessage());
        }
    }
}
