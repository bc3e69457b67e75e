package shop.order.checkout.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;
import shop.platform.problem.ProblemException;

/**
 * The gates of a flash sale checkout (DESIGN.md), so a burst never queues up behind the saga and
 * never ties up request threads: a sale promo-war answered sold out is refused here for
 * {@code sold-out-recheck} without asking again (409 {@code SOLD_OUT}); at most
 * {@code concurrent-takes} takes are in flight to promo-war at once, one more is told to come back
 * (429 {@code RATE_LIMITED} with {@code Retry-After}) without waiting. Shoppers who got units then
 * run their sagas at most {@code max-concurrent-checkouts} at once on this server, waiting up to
 * {@code slot-wait} for a slot (there are at most as many of them as units) before a 429.
 */
@ApplicationScoped
public class FlashSaleGate {

    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.max-concurrent-checkouts", defaultValue = "16")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.sold-out-recheck", defaultValue = "PT3S")
    Duration soldOutRecheck;

    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.slot-wait", defaultValue = "PT10S")
    Duration slotWait;

    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.concurrent-takes", defaultValue = "64")
    int concurrentTakes;


    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.retry-after-seconds", defaultValue = "1")
    int retryAfterSeconds;

    /** Shoppers told to come back are spread over this many seconds more, so they do not all return in the same second. */
    @Inject
    @ConfigProperty(name = "shop.order.flash-sale.retry-after-spread-seconds", defaultValue = "3")
    int retryAfterSpreadSeconds;

    private Semaphore slots;

    private Semaphore takes;

    /** Sales answered sold out, until when (System.nanoTime) that is believed. */
    private final Map<String, Long> soldOut = new ConcurrentHashMap<>();

    @PostConstruct
    void create() {
        slots = new Semaphore(maxConcurrent);
        takes = new Semaphore(concurrentTakes);
    }

    /** 409 SOLD_OUT when the sale was sold out a moment ago. */
    public void refuseIfSoldOut(String saleId) {
        Long until = soldOut.get(saleId);
        if (until == null) {
            return;
        }
        if (until - System.nanoTime() > 0) {
            throw new ProblemException(ErrorCode.SOLD_OUT, "This flash sale is sold out.");
        }
        soldOut.remove(saleId, until); // past: ask promo-war again (units may have come back)
    }

    /** promo-war said the sale is sold out: believe it for a moment (units may come back later). */
    public void soldOut(String saleId) {
        soldOut.put(saleId, System.nanoTime() + soldOutRecheck.toNanos());
    }

    /** A turn to ask promo-war for units, or 429 at once; give it back with {@link #takeDone()}. */
    public void takeTurn() {
        if (!takes.tryAcquire()) {
            throw busy();
        }
    }

    public void takeDone() {
        takes.release();
    }

    /** A slot for one flash sale checkout, or 429 after {@code slot-wait}; give it back with {@link #leave()}. */
    public void enter() {
        try {
            if (!slots.tryAcquire(slotWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    public void leave() {
        slots.release();
    }

    /**
     * 429 with Retry-After: the sale is too busy this moment. The wait is drawn from
     * {@code retry-after-seconds} to that plus {@code retry-after-spread-seconds}: a burst told to
     * come back after the same second returns as the same burst, and the take calls of the
     * shoppers who got a turn wait behind it on this server.
     */
    public ProblemException busy() {
        int wait = retryAfterSeconds + (retryAfterSpreadSeconds > 0 ? ThreadLocalRandom.current().nextInt(retryAfterSpreadSeconds + 1) : 0);
        return new ProblemException(Problem.of(ErrorCode.RATE_LIMITED, "Too many shoppers are checking out this moment; try again in "
                + wait + " s."), Map.of("Retry-After", Integer.toString(wait)));
    }
}
