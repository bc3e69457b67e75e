package shop.order.checkout.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;
import shop.platform.problem.ProblemException;

/**
 * The cheap gates in front of a flash sale checkout (DESIGN.md), so a burst never queues up
 * behind the saga: a sale promo-war just answered sold out is refused here for a moment without
 * asking again (409 {@code SOLD_OUT}), and at most {@code max-concurrent-checkouts} flash sale
 * checkouts run at once on this server; one more is told to come back shortly (429
 * {@code RATE_LIMITED} with {@code Retry-After}) instead of waiting for a slot.
 */
@ApplicationScoped
public class FlashSaleGate {

    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.max-concurrent-checkouts", defaultValue = "16")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.sold-out-recheck", defaultValue = "PT1S")
    Duration soldOutRecheck;

    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.retry-after-seconds", defaultValue = "1")
    int retryAfterSeconds;

    private Semaphore slots;

    /** Sales answered sold out, until when (System.nanoTime) that is believed. */
    private final Map<String, Long> soldOut = new ConcurrentHashMap<>();

    @PostConstruct
    void create() {
        slots = new Semaphore(maxConcurrent);
    }

    /** 409 SOLD_OUT when the sale was sold out a moment ago. */
    public void refuseIfSoldOut(String saleId) {
        Long until = soldOut.get(saleId);
        if (until != null && until - System.nanoTime() > 0) {
            throw new ProblemException(ErrorCode.SOLD_OUT, "This flash sale is sold out.");
        }
    }

    /** promo-war said the sale is sold out: believe it for a moment (units may come back later). */
    public void soldOut(String saleId) {
        soldOut.put(saleId, System.nanoTime() + soldOutRecheck.toNanos());
    }

    /** A slot for one flash sale checkout, or 429 at once; give it back with {@link #leave()}. */
    public void enter() {
        if (!slots.tryAcquire()) {
            throw busy();
        }
    }

    /** 429 with Retry-After: the sale is too busy this moment. */
    public ProblemException busy() {
        return new ProblemException(Problem.of(ErrorCode.RATE_LIMITED, "Too many shoppers are checking out this moment; try again in "
                + retryAfterSeconds + " s."), Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public void leave() {
        slots.release();
    }
}
