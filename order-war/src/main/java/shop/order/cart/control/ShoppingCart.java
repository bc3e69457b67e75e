package shop.order.cart.control;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.order.cart.entity.CartItem;
import shop.order.checkout.control.CatalogOffers;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;

/** A shopper's cart lines: add or change, remove, clear, select; at most 100 SKUs. */
@ApplicationScoped
@Transactional
public class ShoppingCart {

    /** The most SKUs one cart holds. */
    public static final int MAX_LINES = 100;

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    CatalogOffers offers;

    @Inject
    ShopClock clock;

    /** The shopper's lines, most recently added first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CartItem> of(String userId) {
        return em.createQuery("SELECT c FROM CartItem c WHERE c.userId = :user ORDER BY c.addedAt DESC, c.skuId", CartItem.class)
                .setParameter("user", userId).getResultList();
    }

    /**
     * Sets the quantity of a SKU in the cart (adding it when absent: it must be for sale), and
     * its selection when given.
     */
    public CartItem put(String userId, String skuId, int quantity, Boolean selected) {
        CartItem item = em.find(CartItem.class, new CartItem.Key(userId, skuId));
        if (item != null) {
            item.change(quantity, selected);
            return item;
        }
        if (offers.of(Set.of(skuId)).isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "SKU " + skuId + " is not for sale.");
        }
        long lines = em.createQuery("SELECT COUNT(c) FROM CartItem c WHERE c.userId = :user", Long.class)
                .setParameter("user", userId).getSingleResult();
        if (lines >= MAX_LINES) {
            throw new ProblemException(ErrorCode.CONFLICT, "A cart holds at most " + MAX_LINES + " SKUs; remove some first.");
        }
        item = new CartItem(userId, skuId, quantity, selected == null || selected, clock.now());
        em.persist(item);
        return item;
    }

    /** Takes a SKU out of the cart; nothing happens when it was not there. */
    public void remove(String userId, String skuId) {
        removeAll(userId, List.of(skuId));
    }

    /** Takes the SKUs out of the cart (after they were ordered). */
    public void removeAll(String userId, Collection<String> skuIds) {
        if (!skuIds.isEmpty()) {
            em.createQuery("DELETE FROM CartItem c WHERE c.userId = :user AND c.skuId IN :skus")
                    .setParameter("user", userId).setParameter("skus", skuIds).executeUpdate();
        }
    }

    public void clear(String userId) {
        em.createQuery("DELETE FROM CartItem c WHERE c.userId = :user").setParameter("user", userId).executeUpdate();
    }

    /** Selects or unselects every line. */
    public void selectAll(String userId, boolean selected) {
        em.createQuery("UPDATE CartItem c SET c.selected = :selected WHERE c.userId = :user")
                .setParameter("selected", selected).setParameter("user", userId).executeUpdate();
    }
}
