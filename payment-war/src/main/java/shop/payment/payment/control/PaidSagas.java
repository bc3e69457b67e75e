package shop.payment.payment.control;

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
import shop.payment.payment.entity.Payment;
import shop.platform.problem.ProblemException;
import shop.platform.saga.Sagas;
import shop.platform.schedule.RepeatingTask;
import shop.platform.time.ShopClock;

/**
 * A verified payment closes its checkout saga, so the coordinator completes every participant
 * (stock deducted, order paid). A close that could not be made (coordinator unavailable) is
 * made again by a periodic sweep until the saga has completed here.
 */
@ApplicationScoped
public class PaidSagas {

    private static final Logger LOG = Logger.getLogger(PaidSagas.class.getName());

    @Inject
    Sagas sagas;

    @Inject
    Payments payments;

    @Inject
    ShopClock clock;

    @Inject
    @ConfigProperty(name = "shop.payment.close-retry-after", defaultValue = "PT10S")
    Duration retryAfter;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask sweep;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Duration period = retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
        sweep = RepeatingTask.start(executor, period, period, "unclosed payment sagas", this::sweepQuietly);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
    }

    /** Closes the saga of a payment that just succeeded; failures are left to the sweep. */
    public void close(Payment payment) {
        try {
            if (sagas.close(URI.create(payment.lraId())) == Sagas.End.GONE) {
                payments.sagaGone(payment.id());
            }
        } catch (ProblemException e) {
            // Already ending the other way (the payment window closed meanwhile): the
            // compensation refunds this payment.
            LOG.info(() -> "saga of payment " + payment.id() + " not closed: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "saga of payment " + payment.id() + " not closed yet; retried in " + retryAfter, e);
        }
    }

    private void sweepQuietly() {
        try {
            payments.unclosedBefore(clock.now().minus(retryAfter)).forEach(this::close);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unclosed payment sagas will be retried: " + e.getMessage());
        }
    }
}
