package shop.inventory.demo.control;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.platform.seed.DemoSeed;

/**
 * The demo's two warehouses: the default one (created by the migrations as {@code MAIN}) becomes
 * 上海仓, first for checkouts, and 广州仓 comes second. A seed of its own, so a demo shop that
 * seeded its stock before warehouses existed gets them too; {@link DemoStockSeed} stores them
 * first as well. Storing them again changes nothing.
 */
@ApplicationScoped
public class DemoWarehouseSeed implements DemoSeed {

    static final String SEED = "demo-warehouses";

    /** Name-based like the demo catalog's ids, so every demo shop has the same. */
    static final String GUANGZHOU = UUID.nameUUIDFromBytes("shop-demo:warehouse:GZ".getBytes(StandardCharsets.UTF_8)).toString();

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Override
    public String name() {
        return SEED;
    }

    @Override
    public void store() {
        em.createNativeQuery("UPDATE warehouse SET code = 'SH', name = '上海仓', region = '上海', priority = 10"
                + " WHERE is_default AND code = 'MAIN'").executeUpdate();
        em.createNativeQuery("INSERT INTO warehouse (id, code, name, region, priority) VALUES (?1, 'GZ', '广州仓', '广东省', 20)"
                + " ON CONFLICT DO NOTHING").setParameter(1, GUANGZHOU).executeUpdate();
    }

    /** The id of the default warehouse (上海仓 once dressed). */
    String shanghai() {
        return (String) em.createNativeQuery("SELECT id FROM warehouse WHERE is_default").getSingleResult();
    }
}
