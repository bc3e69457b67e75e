package shop.lra;

import java.util.logging.Logger;

import com.arjuna.ats.arjuna.recovery.RecoveryManager;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Starts Narayana's recovery manager before the coordinator's own listener does, and gives its
 * recovery thread this application's thread context class loader. That thread is not one of
 * Liberty's; without the application's loader, the JAX-RS client it needs to call participants
 * back cannot be found, the thread dies on its first replay, and LRAs of the previous run are
 * never reloaded after a restart.
 */
public class RecoveryThreadContext implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(RecoveryThreadContext.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        RecoveryManager.manager();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("Periodic Recovery") || thread.getName().startsWith("Transaction Reaper")) {
                ClassLoader before = thread.getContextClassLoader();
                thread.setContextClassLoader(application);
                LOG.info(() -> "recovery thread " + thread.getName() + " runs with the coordinator's class loader (was " + before + ")");
            }
        }
    }
}
