package shop.catalog.product.control;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import shop.catalog.category.control.CategoryTree;
import shop.catalog.product.entity.Product;
import shop.catalog.product.entity.ProductStatus;
import shop.catalog.product.entity.Sku;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;

/** What shoppers can browse: published products, newest first, with their lowest SKU price. */
@ApplicationScoped
public class ProductCatalog {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    CategoryTree categories;

    /** One row of a product list: enough for a product card. */
    public record Listed(String id, String name, long price, String currency, String imagesJson, String categoryId, String brandId) {
    }

    /** Published products, optionally in a category (and its sub-categories) and of a brand. */
    public Page<Listed> list(String categoryId, String brandId, PageRequest page) {
        Set<String> inCategories = categoryId == null ? null : categories.withDescendants(categoryId);
        if (inCategories != null && inCategories.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        String where = " WHERE p.status = :published AND s.enabled = TRUE"
                + (inCategories == null ? "" : " AND p.categoryId IN :categories")
                + (brandId == null ? "" : " AND p.brandId = :brand");
        TypedQuery<Object[]> rows = em.createQuery("SELECT p.id, p.name, MIN(s.price), MIN(s.currency), p.images,"
                + " p.categoryId, p.brandId FROM Product p JOIN p.skus s" + where
                + " GROUP BY p.id, p.name, p.images, p.categoryId, p.brandId, p.publishedAt"
                + " ORDER BY p.publishedAt DESC, p.id", Object[].class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(DISTINCT p.id) FROM Product p JOIN p.skus s" + where, Long.class);
        for (TypedQuery<?> query : List.<TypedQuery<?>>of(rows, count)) {
            query.setParameter("published", ProductStatus.PUBLISHED);
            if (inCategories != null) {
                query.setParameter("categories", inCategories);
            }
            if (brandId != null) {
                query.setParameter("brand", brandId);
            }
        }
        List<Listed> items = rows.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> new Listed((String) r[0], (String) r[1], ((Number) r[2]).longValue(), ((String) r[3]).trim(),
                        (String) r[4], (String) r[5], (String) r[6]))
                .toList();
        return Page.of(items, page, count.getSingleResult());
    }

    /** Every product but deleted ones, for operators: optionally of a status and with a name containing {@code text}. */
    public Page<Product> forOperators(ProductStatus status, String text, PageRequest page) {
        String where = " WHERE p.status <> :deleted" + (status == null ? "" : " AND p.status = :status")
                + (text == null ? "" : " AND LOWER(p.name) LIKE :text ESCAPE '\\'");
        TypedQuery<Product> rows = em.createQuery("SELECT p FROM Product p" + where + " ORDER BY p.updatedAt DESC, p.id", Product.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Product p" + where, Long.class);
        for (TypedQuery<?> query : List.<TypedQuery<?>>of(rows, count)) {
            query.setParameter("deleted", ProductStatus.DELETED);
            if (status != null) {
                query.setParameter("status", status);
            }
            if (text != null) {
                query.setParameter("text", "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return Page.of(rows.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    /** A published product with its enabled SKUs; empty for unknown or unpublished ones. */
    public Optional<Product> published(String id) {
        // One query for the product and its SKUs: this is the detail cache's miss path.
        return em.createQuery("SELECT DISTINCT p FROM Product p LEFT JOIN FETCH p.skus WHERE p.id = :id AND p.status = :published",
                Product.class).setParameter("id", id).setParameter("published", ProductStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    /** The SKUs among {@code ids} that can be bought now: enabled, of a published product. */
    public List<Sku> forSale(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM Sku s JOIN FETCH s.product p WHERE s.id IN :ids AND s.enabled = TRUE"
                + " AND p.status = :published", Sku.class)
                .setParameter("ids", ids).setParameter("published", ProductStatus.PUBLISHED).getResultList();
    }
}
