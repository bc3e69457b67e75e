package shop.order.delivery.control;

import java.time.Duration;
import java.util.List;
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
import shop.order.checkout.control.OrderBook;
import shop.platform.schedule.RepeatingTask;
import shop.platform.time.ShopClock;

/**
 * Completes delivered orders whose shopper did not confirm receipt within
 * {@code shop.order.auto-receipt-after} (as marketplaces do, so money and reviews are not held
 * forever by a silent shopper). Each order completes in its own transaction.
 */
@ApplicationScoped
public class AutoReceipts {

    private static final Logger LOG = Logger.getLogger(AutoReceipts.class.getName());

    @Inject
    OrderBook orders;

    @Inject
    ShopClock clock;

    @Inject
    @ConfigProperty(name = "shop.order.auto-receipt-after", defaultValue = "P7D")
    Duration after;

    @Inject
    @ConfigProperty(name = "shop.order.auto-receipt-sweep", defaultValue = "PT1M")
    Duration pause;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask sweep;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweep = RepeatingTask.start(executor, pause, pause, "automatic receipts", this::confirmOverdue);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
    }

    void confirmOverdue() {
        List<String> overdue = orders.awaitingReceiptBefore(clock.now().minus(after), 200);
        for (String orderId : overdue) {
            try {
                orders.autoConfirmReceipt(orderId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "order " + orderId + " not completed automatically yet: " + e.getMessage());
            }
        }
    }
}
