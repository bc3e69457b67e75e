package shop.user.favorite.control;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.user.account.entity.Account;
import shop.user.favorite.entity.Favorite;
import shop.user.product.entity.ProductSnapshot;

/**
 * A shopper's favorites: adding is idempotent (the same product twice is one favorite), removing
 * a product that is not a favorite is not an error, and a shopper keeps at most {@value #LIMIT}.
 */
@ApplicationScoped
@Transactional
public class Favorites {

    private static final Logger LOG = Logger.getLogger(Favorites.class.getName());

    /** Taobao-like apps keep a few hundred; beyond that a list is not browsed any more. */
    public static final int LIMIT = 500;

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    ShopClock clock;

    /**
     * Adds {@code product} (as the catalog shows it now) to the shopper's favorites; when it
     * already is one, it keeps its place and only its snapshot is refreshed.
     */
    public Favorite add(String accountId, String productId, ProductSnapshot product) {
        // Serialises a shopper's concurrent additions, so the limit and "once per product" hold.
        lockAccount(accountId);
        Optional<Favorite> existing = find(accountId, productId);
        if (existing.isPresent()) {
            existing.get().refresh(product);
            return existing.get();
        }
        long count = em.createNamedQuery(Favorite.COUNT, Long.class).setParameter("account", accountId).getSingleResult();
        if (count >= LIMIT) {
            throw new ProblemException(ErrorCode.CONFLICT,
                    "A shopper keeps at most " + LIMIT + " favorites; remove one before adding another.");
        }
        Favorite favorite = new Favorite(Ids.newId(), accountId, productId, product, clock.now());
        em.persist(favorite);
        LOG.fine(() -> "favorite added by " + accountId + ": " + productId);
        return favorite;
    }

    public void remove(String accountId, String productId) {
        find(accountId, productId).ifPresent(em::remove);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Favorite> list(String accountId, PageRequest page) {
        var items = em.createNamedQuery(Favorite.NEWEST_FIRST, Favorite.class).setParameter("account", accountId)
                .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE)).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(Favorite.COUNT, Long.class).setParameter("account", accountId).getSingleResult();
        return Page.of(items, page, total);
    }

    /** Every favorite of the account, newest first (for the account's export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Favorite> all(String accountId) {
        return em.createNamedQuery(Favorite.NEWEST_FIRST, Favorite.class).setParameter("account", accountId).getResultList();
    }

    /** Deletes every favorite of the account; joins the caller's transaction (account deletion). */
    public void erase(String accountId) {
        em.createNamedQuery(Favorite.ERASE).setParameter("account", accountId).executeUpdate();
    }

    private Optional<Favorite> find(String accountId, String productId) {
        return em.createNamedQuery(Favorite.ONE, Favorite.class).setParameter("account", accountId)
                .setParameter("product", productId).getResultStream().findFirst();
    }

    /**
     * Locks the shopper's account row; a token can outlive its account by a few minutes, and
     * its owner's rows must not be written again once it is gone.
     */
    private void lockAccount(String accountId) {
        if (em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw ProblemException.notFound("No such account.");
        }
    }
}
