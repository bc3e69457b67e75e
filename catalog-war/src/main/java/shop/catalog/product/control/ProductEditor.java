package shop.catalog.product.control;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import shop.catalog.brand.entity.Brand;
import shop.catalog.category.control.CategoryTree;
import shop.catalog.category.entity.Category;
import shop.catalog.product.entity.Product;
import shop.catalog.product.entity.ProductContent;
import shop.platform.events.EventType;
import shop.platform.outbox.Outbox;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.platform.tx.AfterCommit;

/**
 * The operator's product lifecycle: create, edit, publish, unpublish, delete. Each change takes
 * its number in the change feed and, when shoppers can notice it, records its
 * {@code shop.catalog.product.*} event in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ProductEditor {

    private static final Logger LOG = Logger.getLogger(ProductEditor.class.getName());

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    ProductChanges changes;

    @Inject
    CategoryTree categories;

    @Inject
    Outbox outbox;

    @Inject
    ShopClock clock;

    @Inject
    ProductDetails details;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A new product, as a draft. */
    public Product create(ProductContent content) {
        checkReferences(content);
        Product product = new Product(Ids.newId(), content.name(), content.nameEn(), content.description(),
                content.categoryId(), content.brandId(), content.imagesJson(), clock.now());
        product.edit(content, Ids::newId, clock.now());
        product.changed(changes.next());
        em.persist(product);
        em.flush();
        LOG.info(() -> "product " + product.id() + " created as a draft");
        return product;
    }

    /** Replaces the product's content; {@code version} must be the current one (else 409). */
    public Product edit(String id, long version, ProductContent content) {
        Product product = existing(id);
        if (product.version() != version) {
            throw ProblemException.conflict("The product was changed since version " + version
                    + "; it is at version " + product.version() + ". Reload it and apply your change again.");
        }
        checkReferences(content);
        long seq = changes.next();
        product.edit(content, Ids::newId, clock.now());
        return changed(product, seq, product.isPublished() ? EventType.CATALOG_PRODUCT_UPDATED : null);
    }

    public Product publish(String id) {
        Product product = existing(id);
        long seq = changes.next();
        product.publish(clock.now());
        return changed(product, seq, EventType.CATALOG_PRODUCT_PUBLISHED);
    }

    public Product unpublish(String id) {
        Product product = existing(id);
        long seq = changes.next();
        product.unpublish(clock.now());
        return changed(product, seq, EventType.CATALOG_PRODUCT_UNPUBLISHED);
    }

    /** Soft delete; a published product leaves sale first, with its event. */
    public Product delete(String id) {
        Product product = existing(id);
        boolean wasPublished = product.isPublished();
        long seq = changes.next();
        product.delete(clock.now());
        return changed(product, seq, wasPublished ? EventType.CATALOG_PRODUCT_UNPUBLISHED : null);
    }

    /** Any product but a deleted one, for the operator. */
    public Product existing(String id) {
        Product product = em.find(Product.class, id);
        if (product == null || product.isDeleted()) {
            throw ProblemException.notFound("No such product.");
        }
        return product;
    }

    /**
     * Numbers the change and records its event. The number is taken before the product is
     * touched ({@code seq}): the counter's native query would flush a half-made change first.
     */
    private Product changed(Product product, long seq, EventType event) {
        product.changed(seq);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("The product was changed by someone else meanwhile. Reload it and apply your change again.");
        }
        if (event != null) {
            outbox.record(event, product.id(), eventData(product));
        }
        String id = product.id();
        AfterCommit.run(transactions, () -> details.evict(id));
        LOG.info(() -> "product " + id + " is " + product.status() + " at version " + product.version());
        return product;
    }

    /** The event data of a product: with its category path and brand names. */
    public jakarta.json.JsonObject eventData(Product product) {
        Map<String, Category> all = categories.all();
        Brand brand = product.brandId() == null ? null : em.find(Brand.class, product.brandId());
        return ProductJson.eventData(product, CategoryTree.path(product.categoryId(), all), brand);
    }

    private void checkReferences(ProductContent content) {
        Category category = em.find(Category.class, content.categoryId());
        if (category == null) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such category: " + content.categoryId() + ".");
        }
        List<String> children = em.createQuery("SELECT c.id FROM Category c WHERE c.parentId = :id", String.class)
                .setParameter("id", category.id()).setMaxResults(1).getResultList();
        if (!children.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE,
                    "Category " + category.name() + " has sub-categories; list the product in one of them.");
        }
        var allowed = ProductJson.parse(category.specNamesJson()).asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        if (!allowed.isEmpty()) {
            for (ProductContent.SkuContent sku : content.skus()) {
                for (String spec : ProductJson.parse(sku.specsJson()).asJsonObject().keySet()) {
                    if (!allowed.contains(spec)) {
                        throw ProblemException.invalid("skus", "spec " + spec + " is not one of " + category.name() + "'s specs " + allowed);
                    }
                }
            }
        }
        if (content.brandId() != null && em.find(Brand.class, content.brandId()) == null) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such brand: " + content.brandId() + ".");
        }
    }
}
