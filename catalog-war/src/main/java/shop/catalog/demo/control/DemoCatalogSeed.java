package shop.catalog.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.catalog.brand.entity.Brand;
import shop.catalog.category.entity.Category;
import shop.catalog.product.control.ProductChanges;
import shop.catalog.product.entity.Product;
import shop.catalog.product.entity.Sku;
import shop.platform.demo.DemoCatalog;
import shop.platform.json.Jsons;
import shop.platform.seed.DemoSeed;
import shop.platform.time.ShopClock;

/**
 * Stores the demo catalog (categories, brands, published products and their SKUs) the first
 * time the shop starts with {@code shop.demo-data} on; the platform stores it once per database.
 */
@ApplicationScoped
public class DemoCatalogSeed implements DemoSeed {

    static final String SEED = "demo-catalog";

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    ProductChanges changes;

    @Override
    public String name() {
        return SEED;
    }

    @Override
    public void store() {
        DemoCatalog demo = DemoCatalog.standard();
        var now = clock.now();
        // Level by level: EclipseLink may reorder the inserts of one flush, and a child needs its parent.
        for (int level = 1; level <= 3; level++) {
            int current = level;
            demo.categories().stream().filter(c -> c.level() == current)
                    .forEach(c -> em.persist(new Category(c.id(), c.parentId(), c.name(), c.nameEn(), c.level(), c.sortOrder())));
            em.flush();
        }
        demo.brands().forEach(b -> em.persist(new Brand(b.id(), b.name(), b.nameEn(), b.logoUrl(), b.firstLetter())));
        em.flush();
        for (DemoCatalog.Product p : demo.products()) {
            JsonArrayBuilder images = Jsons.createArrayBuilder();
            p.images().forEach(images::add);
            Product product = new Product(p.id(), p.name(), p.nameEn(), p.description(), p.categoryId(), p.brandId(),
                    images.build().toString(), now);
            int order = 0;
            for (DemoCatalog.Sku s : p.skus()) {
                JsonObjectBuilder specs = Jsons.createObjectBuilder();
                s.specs().forEach(specs::add);
                product.addSku(new Sku(s.id(), product, specs.build().toString(), s.price(), s.currency(), s.barcode(),
                        s.weightGrams(), order++));
            }
            product.publish(now);
            product.changed(changes.next());
            em.persist(product);
        }
        em.flush();
    }
}
