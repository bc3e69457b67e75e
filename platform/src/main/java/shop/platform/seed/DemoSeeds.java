package shop.platform.seed;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Stores the service's {@link DemoSeed}s at start-up when {@code shop.demo-data} is on. */
@ApplicationScoped
public class DemoSeeds {

    private static final Logger LOG = Logger.getLogger(DemoSeeds.class.getName());

    @Inject
    @ConfigProperty(name = "shop.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    @Any
    Instance<DemoSeed> seeds;

    @Inject
    SeedOnce once;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!enabled) {
            return;
        }
        for (DemoSeed seed : seeds) {
            try {
                once.run(seed.name(), seed::store);
            } catch (RuntimeException e) {
                // The shop still starts; the seed is tried again at the next start.
                LOG.log(Level.SEVERE, "demo data " + seed.name() + " could not be stored", e);
            }
        }
    }
}
