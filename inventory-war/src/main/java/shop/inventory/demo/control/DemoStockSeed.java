package shop.inventory.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.platform.demo.DemoCatalog;
import shop.platform.seed.DemoSeed;

/**
 * Stores the stock of every demo SKU the first time the shop starts with {@code shop.demo-data}
 * on, split between the demo's warehouses. The SKU ids come from the platform's
 * {@link DemoCatalog}, the same ones catalog-war stores, so inventory never reads the catalog's
 * tables.
 */
@ApplicationScoped
public class DemoStockSeed implements DemoSeed {

    static final String SEED = "demo-stock";

    /**
     * Shanghai's share of a SKU's units, in percent, picked by the SKU's id, so the demo has SKUs
     * kept in one warehouse and SKUs kept in both.
     */
    private static final int[] SHANGHAI_PERCENT = {100, 60, 40, 0, 70};

    /**
     * Fewer units than this stay in one warehouse: whatever quantity of them is available can be
     * ordered, as it could before there were warehouses (and as tests picking a SKU by its
     * available units expect).
     */
    private static final int SPLIT_FROM = 100;

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    DemoWarehouseSeed warehouses;

    @Override
    public String name() {
        return SEED;
    }

    @Override
    public void store() {
        warehouses.store();
        String shanghai = warehouses.shanghai();
        for (DemoCatalog.Product product : DemoCatalog.standard().products()) {
            for (DemoCatalog.Sku sku : product.skus()) {
                em.createNativeQuery("INSERT INTO stock (sku_id, updated_at) VALUES (?1, now())").setParameter(1, sku.id())
                        .executeUpdate();
                int percent = SHANGHAI_PERCENT[Math.floorMod(sku.id().hashCode(), SHANGHAI_PERCENT.length)];
                if (sku.stock() < SPLIT_FROM) {
                    percent = percent >= 50 ? 100 : 0;
                }
                int inShanghai = sku.stock() * percent / 100;
                keep(sku.id(), shanghai, inShanghai);
                keep(sku.id(), DemoWarehouseSeed.GUANGZHOU, sku.stock() - inShanghai);
            }
        }
        // The ledger counts the seeded units as brought in, warehouse by warehouse.
        em.createNativeQuery("INSERT INTO stock_movement (sku_id, warehouse_id, kind, quantity, available_after, reserved_after,"
                + " reason, actor) SELECT sku_id, warehouse_id, 'SEEDED', available, available, reserved, 'demo data', 'system'"
                + " FROM warehouse_stock s WHERE NOT EXISTS (SELECT 1 FROM stock_movement m"
                + " WHERE m.sku_id = s.sku_id AND m.warehouse_id = s.warehouse_id)").executeUpdate();
    }

    /** A SKU out of stock everywhere still has its stock record, without a warehouse row. */
    private void keep(String skuId, String warehouseId, int units) {
        if (units > 0) {
            em.createNativeQuery("INSERT INTO warehouse_stock (sku_id, warehouse_id, available, updated_at) VALUES (?1, ?2, ?3, now())")
                    .setParameter(1, skuId).setParameter(2, warehouseId).setParameter(3, units).executeUpdate();
        }
    }
}
