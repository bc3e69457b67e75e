package shop.inventory.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.inventory.stock.entity.Stock;
import shop.platform.demo.DemoCatalog;
import shop.platform.seed.DemoSeed;
import shop.platform.time.ShopClock;

/**
 * Stores the stock of every demo SKU the first time the shop starts with {@code shop.demo-data}
 * on. The SKU ids come from the platform's {@link DemoCatalog}, the same ones catalog-war
 * stores, so inventory never reads the catalog's tables.
 */
@ApplicationScoped
public class DemoStockSeed implements DemoSeed {

    static final String SEED = "demo-stock";

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Override
    public String name() {
        return SEED;
    }

    @Override
    public void store() {
        var now = clock.now();
        for (DemoCatalog.Product product : DemoCatalog.standard().products()) {
            for (DemoCatalog.Sku sku : product.skus()) {
                em.persist(new Stock(sku.id(), sku.stock(), now));
            }
        }
        em.flush();
        // The ledger counts the seeded units as brought in.
        em.createNativeQuery("INSERT INTO stock_movement (sku_id, kind, quantity, available_after, reserved_after, reason, actor)"
                + " SELECT sku_id, 'SEEDED', available, available, reserved, 'demo data', 'system' FROM stock"
                + " WHERE NOT EXISTS (SELECT 1 FROM stock_movement m WHERE m.sku_id = stock.sku_id)").executeUpdate();
    }
}
