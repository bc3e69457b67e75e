package shop.lra;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import com.arjuna.ats.arjuna.recovery.RecoveryManager;

import io.narayana.lra.coordinator.internal.LRARecoveryModule;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Runs Narayana's recovery passes on Liberty's managed scheduler instead of Narayana's own
 * background thread. A recovery pass calls participants back through the JAX-RS client, which
 * Liberty only provides on its own threads: on Narayana's thread the lookup fails, the thread
 * dies on its first replay, and LRAs of the previous run are never reloaded after a restart.
 * Started before the coordinator jar's listener (web.xml), so the recovery manager is created
 * in direct mode; the pass period is {@code RecoveryEnvironmentBean.periodicRecoveryPeriod}.
 */
public class ManagedRecoveryPasses implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ManagedRecoveryPasses.class.getName());

    private volatile ScheduledFuture<?> passes;
    private volatile boolean stopped;
    private static volatile boolean recovered;
    private static final long STUCK_AFTER_SECONDS = 30;
    private volatile Thread passThread;
    private volatile long passStarted;
    private volatile long reported;
    private ScheduledFuture<?> watchdog;
    private ManagedScheduledExecutorService scheduler;
    private long period;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            LibertyClientBuilder.load(Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Liberty's JAX-RS client builder is not visible to the coordinator", e);
        }
        RecoveryManager.manager(RecoveryManager.DIRECT_MANAGEMENT);
        period = Long.getLong("RecoveryEnvironmentBean.periodicRecoveryPeriod", 5);
        try {
            scheduler = (ManagedScheduledExecutorService) new InitialContext().lookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("no managed scheduler for LRA recovery", e);
        }
        next(1);
        watchdog = scheduler.scheduleWithFixedDelay(this::watch, 10, 10, TimeUnit.SECONDS);
        LOG.info(() -> "LRA recovery passes every " + period + " s on Liberty's managed scheduler");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        stopped = true;
        if (watchdog != null) {
            watchdog.cancel(false);
        }
        ScheduledFuture<?> pending = passes;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /**
     * Each pass schedules the next one itself, whatever happened: a periodic task that throws
     * once is never run again, and recovery must not stop because one replay went wrong.
     */
    private void next(long delaySeconds) {
        if (!stopped) {
            passes = scheduler.schedule(this::pass, delaySeconds, TimeUnit.SECONDS);
        }
    }

    /**
     * Whether the first pass has run: until then the coordinator does not know the LRAs of its
     * previous run, and would answer "no such LRA" for a saga that is merely not loaded yet.
     */
    static boolean recovered() {
        return recovered;
    }

    /** Reports, once per pass, a pass that has been running too long, with where it is. */
    private void watch() {
        Thread running = passThread;
        long started = passStarted;
        if (running == null || reported == started) {
            return;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        if (seconds >= STUCK_AFTER_SECONDS) {
            reported = started;
            StringBuilder where = new StringBuilder();
            for (StackTraceElement frame : running.getStackTrace()) {
                where.append("\n\tat ").append(frame);
            }
            LOG.warning("LRA recovery pass running for " + seconds + " s on " + running.getName() + ":" + where);
        }
    }

    private void pass() {
        passThread = Thread.currentThread();
        passStarted = System.nanoTime();
        try {
            // The recovery module must be registered before the first scan, or it scans nothing.
            LRARecoveryModule.getInstance();
            RecoveryManager.manager().scan();
            if (!recovered) {
                recovered = true;
                LOG.info("LRA coordinator recovered the sagas of its previous run");
            }
        } catch (Throwable e) {
            LOG.log(Level.WARNING, "an LRA recovery pass failed; the next one retries", e);
        } finally {
            passThread = null;
            next(period);
        }
    }
}
