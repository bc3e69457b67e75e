package shop.user.account.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;
import shop.user.account.entity.Account;
import shop.user.account.entity.Role;
import shop.user.account.entity.RoleRules;
import shop.user.audit.control.SecurityLog;
import shop.user.audit.entity.SecurityEventType;
import shop.user.token.control.RefreshTokens;
import shop.user.token.control.TokenRevocations;

/**
 * Account administration for the back office: find and read members (admins and operators),
 * disable, enable and change roles (admins only). The acting admin is checked against the
 * database, not only the token: an admin demoted a minute ago still holds a token that says
 * admin, and must not keep managing accounts with it. Changes lock the actor's and the target's
 * rows (in id order), so two admins demoting each other at once cannot leave the shop without one.
 */
@ApplicationScoped
@Transactional
public class Members {

    private static final Logger LOG = Logger.getLogger(Members.class.getName());

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    SecurityLog audit;

    @Inject
    TokenRevocations revocations;

    @Inject
    ShopClock clock;

    /**
     * Accounts whose username, nickname, email or phone contains {@code q} (any letter case),
     * newest first; deleted accounts only when asked for by {@code status}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Account> search(String q, Account.Status status, PageRequest page) {
        StringBuilder where = new StringBuilder(status == null ? " WHERE a.status <> :deleted" : " WHERE a.status = :status");
        if (q != null) {
            where.append(" AND (a.usernameKey LIKE :q ESCAPE '!' OR LOWER(a.nickname) LIKE :q ESCAPE '!'"
                    + " OR LOWER(a.email) LIKE :q ESCAPE '!' OR a.phone LIKE :q ESCAPE '!')");
        }
        TypedQuery<Account> items = em.createQuery("SELECT a FROM Account a" + where + " ORDER BY a.createdAt DESC, a.id DESC",
                Account.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            if (status == null) {
                query.setParameter("deleted", Account.Status.DELETED);
            } else {
                query.setParameter("status", status);
            }
            if (q != null) {
                query.setParameter("q", "%" + likeEscaped(q.toLowerCase(Locale.ROOT)) + "%");
            }
        }
        List<Account> found = items.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(found, page, count.getSingleResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account member(String id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw ProblemException.notFound("No such member.");
        }
        return account;
    }

    /** The member can no longer sign in or refresh; their refresh tokens are revoked. */
    public Account disable(String actorId, String id) {
        Account target = lockActorAndTarget(actorId, id);
        RoleRules.refusedDisable(actorId, id, target.roles().contains(Role.ADMIN), otherActiveAdmins(id))
                .ifPresent(reason -> {
                    throw new ProblemException(ErrorCode.INVALID_STATE, reason);
                });
        if (transition(() -> target.disable(clock.now()))) {
            int ended = refreshTokens.revokeAll(id);
            audit.record(SecurityEventType.ACCOUNT_DISABLED, actorId, id, null, "refresh tokens revoked: " + ended);
            revocations.revoke(id, clock.now(), "DISABLED"); // every service refuses the access tokens too
            LOG.info(() -> "account " + id + " disabled by " + actorId);
        }
        return target;
    }

    public Account enable(String actorId, String id) {
        Account target = lockActorAndTarget(actorId, id);
        if (transition(() -> target.enable(clock.now()))) {
            audit.record(SecurityEventType.ACCOUNT_ENABLED, actorId, id, null, null);
            LOG.info(() -> "account " + id + " enabled by " + actorId);
        }
        return target;
    }

    /**
     * Replaces the member's roles. The new roles are in the next access token the member gets (by
     * signing in or refreshing); the one they hold keeps its groups until it expires.
     */
    public Account changeRoles(String actorId, String id, List<String> requested) {
        RoleRules.invalidRoles(requested).ifPresent(reason -> {
            throw ProblemException.invalid("roles", reason);
        });
        Account target = lockActorAndTarget(actorId, id);
        if (target.status() == Account.Status.DELETED) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "The account was deleted.");
        }
        Set<String> before = RoleRules.normalized(target.roles());
        Set<String> after = RoleRules.normalized(requested);
        RoleRules.refusedRoleChange(actorId, id, before, after, otherActiveAdmins(id)).ifPresent(reason -> {
            throw new ProblemException(ErrorCode.INVALID_STATE, reason);
        });
        if (!before.equals(after)) {
            target.changeRoles(after, clock.now());
            String change = "roles " + String.join(",", before) + " -> " + String.join(",", after);
            audit.record(SecurityEventType.ROLES_CHANGED, actorId, id, null, change);
            revocations.revoke(id, clock.now(), "ROLES_CHANGED"); // the next token carries the new roles
            LOG.info(() -> "account " + id + ": " + change + " by " + actorId);
        }
        return target;
    }

    /** Locks both rows in id order; 403 when the actor is no longer an active admin, 404 for no target. */
    private Account lockActorAndTarget(String actorId, String targetId) {
        List<String> ids = new ArrayList<>(List.of(actorId, targetId));
        ids.sort(Comparator.naturalOrder());
        Account first = em.find(Account.class, ids.get(0), LockModeType.PESSIMISTIC_WRITE);
        Account second = ids.get(1).equals(ids.get(0)) ? first : em.find(Account.class, ids.get(1), LockModeType.PESSIMISTIC_WRITE);
        Account actor = actorId.equals(ids.get(0)) ? first : second;
        Account target = targetId.equals(ids.get(0)) ? first : second;
        if (actor == null || !actor.mayLogIn() || !actor.roles().contains(Role.ADMIN)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only an active admin manages accounts.");
        }
        if (target == null) {
            throw ProblemException.notFound("No such member.");
        }
        return target;
    }

    private long otherActiveAdmins(String exceptId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.status = :active AND a.roles LIKE '%admin%' AND a.id <> :id",
                Account.class).setParameter("active", Account.Status.ACTIVE).setParameter("id", exceptId)
                .getResultStream().filter(a -> a.roles().contains(Role.ADMIN)).count();
    }

    private static boolean transition(BooleanSupplier change) {
        try {
            return change.getAsBoolean();
        } catch (IllegalStateException e) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "The account was deleted.");
        }
    }

    /** {@code q} with LIKE's wildcards taken literally ('!' is the escape character). */
    static String likeEscaped(String q) {
        return q.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
