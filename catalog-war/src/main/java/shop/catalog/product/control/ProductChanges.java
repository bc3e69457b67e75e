package shop.catalog.product.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.catalog.product.entity.Product;

/**
 * The catalog's change feed: every change of a product takes the next number, and read models
 * (search) catch up by asking for the products changed after the last number they applied.
 */
@ApplicationScoped
public class ProductChanges {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    /**
     * The next number, in the caller's transaction. The counter row stays locked until that
     * transaction ends, so numbers commit in order and the feed never skips one a reader missed.
     */
    public long next() {
        Object seq = em.createNativeQuery("UPDATE product_change_counter SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq")
                .getSingleResult();
        return ((Number) seq).longValue();
    }

    /** Up to {@code limit} products changed after {@code seq}, in feed order, whatever their status. */
    public List<Product> after(long seq, int limit) {
        List<String> ids = em.createQuery("SELECT p.id FROM Product p WHERE p.changeSeq > :seq ORDER BY p.changeSeq", String.class)
                .setParameter("seq", seq).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT p FROM Product p LEFT JOIN FETCH p.skus WHERE p.id IN :ids ORDER BY p.changeSeq",
                Product.class).setParameter("ids", ids).getResultList();
    }

    /** The highest number handed out so far. */
    public long last() {
        return ((Number) em.createNativeQuery("SELECT last_seq FROM product_change_counter WHERE id = 1").getSingleResult()).longValue();
    }
}
