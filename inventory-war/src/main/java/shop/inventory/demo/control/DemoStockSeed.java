package shop.inventory.demo.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.inventory.stock.entity.Stock;
import shop.platform.demo.DemoCatalog;
import shop.platform.seed.SeedOnce;
import shop.platform.time.ShopClock;

/**
 * Stores the stock of every demo SKU the first time the shop starts with {@code shop.demo-data}
 * on. The SKU ids come from the platform's {@link DemoCatalog}, the same ones catalog-war
 * stores, so inventory never reads the catalog's tables.
 */
@ApplicationScoped
public class DemoStockSeed {

    static final String SEED = "demo-stock";
    private static final Logger LOG = Logger.getLogger(DemoStockSeed.class.getName());

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "shop.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    ShopClock clock;

    @Inject
    SeedOnce once;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (enabled) {
            try {
                once.run(SEED, this::store);
            } catch (RuntimeException e) {
                // The shop still starts; the seed is retried at the next start.
                LOG.log(Level.SEVERE, "the demo stock could not be seeded", e);
            }
        }
    }

    private void store() {
        var now = clock.now();
        for (DemoCatalog.Product product : DemoCatalog.standard().products()) {
            for (DemoCatalog.Sku sku : product.skus()) {
                em.persist(new Stock(sku.id(), sku.stock(), now));
            }
        }
        em.flush();
    }
}
