package shop.user.history.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.user.account.entity.Account;
import shop.user.history.entity.BrowseEntry;
import shop.user.history.entity.HistoryRetention;
import shop.user.product.entity.ProductSnapshot;

/**
 * A shopper's browse history: one entry per product, the last view on top, trimmed to what
 * {@link HistoryRetention} keeps on every view. Entries that aged out while the shopper was away
 * are never listed, and are deleted by {@link HistorySweep}.
 */
@ApplicationScoped
@Transactional
public class BrowseHistory {

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    ShopClock clock;

    /** Records that the shopper is viewing the product now. */
    public BrowseEntry viewed(String accountId, String productId, ProductSnapshot product) {
        // Serialises a shopper's concurrent views, so "one entry per product" and the trim hold.
        lockAccount(accountId);
        var now = clock.now();
        Optional<BrowseEntry> existing = em.createNamedQuery(BrowseEntry.ONE, BrowseEntry.class)
                .setParameter("account", accountId).setParameter("product", productId).getResultStream().findFirst();
        BrowseEntry entry;
        if (existing.isPresent()) {
            entry = existing.get();
            entry.viewedAgain(product, now);
        } else {
            entry = new BrowseEntry(Ids.newId(), accountId, productId, product, now);
            em.persist(entry);
        }
        em.flush();
        HistoryRetention.toDrop(all(accountId), BrowseEntry::viewedAt, now).forEach(em::remove);
        return entry;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BrowseEntry> list(String accountId, PageRequest page) {
        var oldest = HistoryRetention.oldestKept(clock.now());
        List<BrowseEntry> items = em.createNamedQuery(BrowseEntry.SHOWN_LATEST_FIRST, BrowseEntry.class)
                .setParameter("account", accountId).setParameter("oldest", oldest)
                .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE)).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(BrowseEntry.SHOWN_COUNT, Long.class)
                .setParameter("account", accountId).setParameter("oldest", oldest).getSingleResult();
        return Page.of(items, page, total);
    }

    /** Every entry kept for the account, latest first, aged-out ones included (for the account's export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BrowseEntry> all(String accountId) {
        return em.createNamedQuery(BrowseEntry.LATEST_FIRST, BrowseEntry.class).setParameter("account", accountId).getResultList();
    }

    /** Forgets everything the shopper viewed; also used when the account is deleted. */
    public void clear(String accountId) {
        em.createNamedQuery(BrowseEntry.CLEAR).setParameter("account", accountId).executeUpdate();
    }

    /** Deletes every shopper's views older than {@link HistoryRetention} keeps; how many went. */
    public int forgetExpired() {
        return em.createNamedQuery(BrowseEntry.VIEWED_BEFORE)
                .setParameter("oldest", HistoryRetention.oldestKept(clock.now())).executeUpdate();
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
