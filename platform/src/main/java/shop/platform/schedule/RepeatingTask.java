package shop.platform.schedule;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

/**
 * A background task run again and again with a pause between runs, on a managed executor. A
 * run that fails, even with an {@link Error}, is logged and the next run still comes: a
 * periodic executor would silently stop repeating a task after its first uncaught throwable.
 */
public final class RepeatingTask {

    private static final Logger LOG = Logger.getLogger(RepeatingTask.class.getName());

    private final ManagedScheduledExecutorService executor;
    private final Supplier<Duration> pause;
    private final String name;
    private final Runnable task;
    private volatile boolean cancelled;
    private volatile ScheduledFuture<?> next;

    private RepeatingTask(ManagedScheduledExecutorService executor, Supplier<Duration> pause, String name, Runnable task) {
        this.executor = executor;
        this.pause = pause;
        this.name = name;
        this.task = task;
    }

    /** Starts {@code task} after {@code firstDelay}, then again {@code pause} after each run ends. */
    public static RepeatingTask start(ManagedScheduledExecutorService executor, Duration firstDelay, Duration pause, String name,
            Runnable task) {
        return start(executor, firstDelay, () -> pause, name, task);
    }

    /** As above, with the pause asked again after each run (shorter while something is not done yet). */
    public static RepeatingTask start(ManagedScheduledExecutorService executor, Duration firstDelay, Supplier<Duration> pause,
            String name, Runnable task) {
        RepeatingTask repeating = new RepeatingTask(executor, pause, name, task);
        repeating.schedule(firstDelay);
        return repeating;
    }

    /** No further run starts; a run in progress finishes. */
    public void cancel() {
        cancelled = true;
        ScheduledFuture<?> scheduled = next;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    private void schedule(Duration delay) {
        if (!cancelled) {
            try {
                next = executor.schedule(this::runOnce, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                // The executor refuses work while the application stops.
                LOG.fine(() -> name + " not rescheduled: " + e);
            }
        }
    }

    private void runOnce() {
        try {
            task.run();
        } catch (Throwable e) {
            LOG.log(Level.WARNING, name + " failed; it runs again shortly", e);
        } finally {
            schedule(pause.get());
        }
    }
}
