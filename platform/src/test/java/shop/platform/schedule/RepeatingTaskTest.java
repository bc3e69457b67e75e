package shop.platform.schedule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

class RepeatingTaskTest {

    private final ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);

    /** A managed executor standing in for Liberty's: its scheduling methods run on a plain pool. */
    private final ManagedScheduledExecutorService executor = (ManagedScheduledExecutorService) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ManagedScheduledExecutorService.class},
            (proxy, method, args) -> method.invoke(pool, args));

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void a_run_that_throws_even_an_error_does_not_stop_the_repetition() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        RepeatingTask task = RepeatingTask.start(executor, Duration.ZERO, Duration.ofMillis(10), "test", () -> {
            third.countDown();
            if (runs.incrementAndGet() == 1) {
                throw new StackOverflowError("first run fails hard");
            }
            throw new IllegalStateException("second run fails too");
        });
        assertTrue(third.await(5, TimeUnit.SECONDS), "ran again after failures: " + runs);
        task.cancel();
    }

    @Test
    void the_pause_is_asked_again_after_each_run() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch fast = new CountDownLatch(5);
        RepeatingTask task = RepeatingTask.start(executor, Duration.ZERO,
                () -> runs.get() < 5 ? Duration.ofMillis(5) : Duration.ofHours(1), "test", () -> {
                    runs.incrementAndGet();
                    fast.countDown();
                });
        assertTrue(fast.await(5, TimeUnit.SECONDS));
        Thread.sleep(200);
        assertTrue(runs.get() <= 6, "then waits the long pause: " + runs);
        task.cancel();
    }

    @Test
    void a_cancelled_task_runs_no_more() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        RepeatingTask task = RepeatingTask.start(executor, Duration.ofMillis(50), Duration.ofMillis(5), "test", runs::incrementAndGet);
        task.cancel();
        Thread.sleep(200);
        assertTrue(runs.get() == 0, "runs: " + runs);
    }
}
