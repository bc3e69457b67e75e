package shop.user.audit.control;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.user.audit.entity.SecurityEvent;
import shop.user.audit.entity.SecurityEventType;

/**
 * Writes and reads the security audit log. {@link #record} joins the transaction of the change it
 * describes (a role change and its entry commit together or not at all); {@link #recordAlone}
 * is for events with no change of their own, such as a failed sign-in: one small insert in its
 * own transaction, cheap next to the password hash, and the same work whether or not the
 * username exists, so it does not change what the 401's timing tells.
 *
 * <p>The client address is the connection's peer; {@code X-Forwarded-For} is believed only with
 * {@code shop.user.audit.trust-forwarded-for=true} (behind a proxy that sets it), and then its
 * last entry, the one that proxy added, is taken.
 */
@ApplicationScoped
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger(SecurityLog.class.getName());

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    @ConfigProperty(name = "shop.user.audit.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    /** An entry in the caller's transaction, from the current request's client. */
    @Transactional
    public void record(SecurityEventType type, String actorId, String accountId, String username, String detail) {
        recordFrom(clientAddress(), type, actorId, accountId, username, detail);
    }

    /** An entry in the caller's transaction, for work done after its request (the client address taken then). */
    @Transactional
    public void recordFrom(String clientIp, SecurityEventType type, String actorId, String accountId, String username, String detail) {
        em.persist(new SecurityEvent(Ids.newId(), type, clock.now(), actorId, accountId, username, clientIp, detail));
    }

    /** An entry in a transaction of its own, for an event that changes nothing else. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(SecurityEventType type, String actorId, String accountId, String username, String detail) {
        record(type, actorId, accountId, username, detail);
    }

    /** Entries, newest first, optionally about one account (as subject or actor) and of one type. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SecurityEvent> page(String accountId, SecurityEventType type, PageRequest page) {
        // Built from fixed parts only; the values travel as parameters.
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (accountId != null) {
            where.append(" AND (e.accountId = :account OR e.actorId = :account)");
        }
        if (type != null) {
            where.append(" AND e.type = :type");
        }
        TypedQuery<SecurityEvent> items = em.createQuery("SELECT e FROM SecurityEvent e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", SecurityEvent.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM SecurityEvent e" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (accountId != null) {
                q.setParameter("account", accountId);
            }
            if (type != null) {
                q.setParameter("type", type);
            }
        }
        List<SecurityEvent> found = items.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(found, page, count.getSingleResult());
    }

    /** The entries about an account, oldest first (for its owner's data export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SecurityEvent> about(String accountId) {
        return em.createQuery("SELECT e FROM SecurityEvent e WHERE e.accountId = :account ORDER BY e.occurredAt, e.id",
                SecurityEvent.class).setParameter("account", accountId).getResultList();
    }

    /**
     * Deleting an account: its entries stay (the shop must be able to show what happened), but
     * without the username as typed and the client address, the personal parts.
     */
    @Transactional
    public void blankPersonalParts(String accountId) {
        em.createQuery("UPDATE SecurityEvent e SET e.username = NULL, e.clientIp = NULL WHERE e.accountId = :account")
                .setParameter("account", accountId).executeUpdate();
    }

    /** Removes entries older than {@code before}; the retention sweep calls it. */
    @Transactional
    public int sweep(OffsetDateTime before) {
        int removed = em.createQuery("DELETE FROM SecurityEvent e WHERE e.occurredAt < :before")
                .setParameter("before", before).executeUpdate();
        if (removed > 0) {
            LOG.info(() -> "security log: removed " + removed + " entries older than " + before);
        }
        return removed;
    }

    /** The current request's client address (see the class comment), or null outside a request. */
    public String clientAddress() {
        try {
            if (!request.isResolvable()) {
                return null;
            }
            HttpServletRequest current = request.get();
            String forwarded = trustForwardedFor ? current.getHeader("X-Forwarded-For") : null;
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
            return current.getRemoteAddr();
        } catch (RuntimeException e) {
            // No request (a background task): no address.
            return null;
        }
    }
}
