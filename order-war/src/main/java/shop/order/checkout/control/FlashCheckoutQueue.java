package shop.order.checkout.control;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import shop.order.checkout.control.Checkout.Shopper;
import shop.order.checkout.control.Checkout.TakenUnits;
import shop.order.checkout.control.OrderPricing.Wanted;
import shop.order.checkout.entity.FlashCheckout;
import shop.order.checkout.entity.FlashCheckoutStatus;
import shop.platform.schedule.RepeatingTask;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;

/**
 * Flash sale checkouts answered before their saga (a shopper who asked with
 * {@code Prefer: respond-async}): the gates and the take run while the shopper waits, the
 * accepted checkout is recorded with its units, and its saga runs in the background, at most
 * {@code background-checkouts} at once, so a burst's answers do not wait for sagas and the sagas
 * do not take every CPU from the answers. Nothing accepted is lost: a checkout still queued after
 * {@code requeue-after} (the server restarted) is run by the sweep, and one whose runner died is
 * settled from its order, its units given back when it has none.
 */
@ApplicationScoped
public class FlashCheckoutQueue {

    private static final Logger LOG = Logger.getLogger(FlashCheckoutQueue.class.getName());

    @Inject
    Checkout checkout;

    @Inject
    FlashCheckouts checkouts;

    @Inject
    FlashCheckoutRunner runner;

    @Inject
    ShopClock clock;

    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.background-checkouts", defaultValue = "4")
    int workers;

    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.requeue-after", defaultValue = "PT30S")
    Duration requeueAfter;

    @Inject
    @ConfigProperty(name = "shop.order.abandoned-checkout-after", defaultValue = "PT1M")
    Duration abandonedAfter;

    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.checkouts-kept-for", defaultValue = "P30D")
    Duration keptFor;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Queue<String> pending = new ConcurrentLinkedQueue<>();

    /** Checkouts queued or running on this server. */
    private final Set<String> here = ConcurrentHashMap.newKeySet();

    private final AtomicInteger running = new AtomicInteger();

    private RepeatingTask sweep;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweep = RepeatingTask.start(scheduler, Duration.ofSeconds(5), Duration.ofSeconds(10), "queued flash checkouts", this::sweepQuietly);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
    }

    /**
     * Takes the shopper's units (the same gates and answers as {@link Checkout#placeFlash}) and
     * accepts the checkout; its saga is queued. If it cannot be recorded, the units go back.
     */
    public FlashCheckout accept(Shopper shopper, String saleId, List<Wanted> wanted, String addressId) {
        TakenUnits taken = checkout.takeFlash(shopper, saleId, wanted);
        FlashCheckout accepted = FlashCheckout.queued(Ids.newId(), shopper.userId(), shopper.username() == null ? "" : shopper.username(),
                saleId, taken.takeId(), taken.skuId(), taken.quantity(), taken.price(), addressId, clock.now());
        try {
            checkouts.accept(accepted);
        } catch (RuntimeException e) {
            checkout.giveBackQuietly(taken.takeId());
            throw e;
        }
        submit(accepted.id());
        return accepted;
    }

    private void submit(String id) {
        if (here.add(id)) {
            pending.add(id);
            startWorkers();
        }
    }

    private void startWorkers() {
        while (!pending.isEmpty()) {
            int now = running.get();
            if (now >= workers) {
                return;
            }
            if (running.compareAndSet(now, now + 1)) {
                try {
                    executor.execute(this::work);
                } catch (RuntimeException rejected) {
                    running.decrementAndGet();
                    LOG.log(Level.WARNING, "flash checkouts wait for the sweep: " + rejected.getMessage());
                    return;
                }
            }
        }
    }

    private void work() {
        try {
            for (String id = pending.poll(); id != null; id = pending.poll()) {
                try {
                    runner.run(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "flash checkout " + id + " is left to the sweep", e);
                } finally {
                    here.remove(id);
                }
            }
        } finally {
            running.decrementAndGet();
            startWorkers(); // one may have been queued while this worker was finishing
        }
    }

    private void sweepQuietly() {
        try {
            for (FlashCheckout queued : checkouts.unchangedSince(FlashCheckoutStatus.QUEUED, clock.now().minus(requeueAfter))) {
                LOG.info(() -> "flash checkout " + queued.id() + " was still queued; running it");
                submit(queued.id());
            }
            // A runner is done long before its order would count as an abandoned checkout.
            for (FlashCheckout stuck : checkouts.unchangedSince(FlashCheckoutStatus.RUNNING, clock.now().minus(abandonedAfter.multipliedBy(2)))) {
                if (!here.contains(stuck.id())) {
                    runner.settleInterrupted(stuck);
                }
            }
            // Settled checkouts are only a way to follow one; after a while their orders say it all.
            int purged = checkouts.purgeSettledBefore(clock.now().minus(keptFor), 1_000);
            if (purged > 0) {
                LOG.info(() -> purged + " settled flash checkouts older than " + keptFor + " forgotten");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "queued flash checkouts will be looked at again: " + e.getMessage());
        }
    }
}
