package shop.user.token.control;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
import shop.platform.outbox.Outbox;
import shop.platform.security.RevokedTokens;
import shop.platform.tx.AfterCommit;
import shop.user.audit.entity.SecurityEvent;
import shop.user.audit.entity.SecurityEventType;

/**
 * Tells every service that a user's access tokens issued until now must no longer be honoured
 * ({@code shop.user.tokens.revoked}), when the account is disabled or deleted, its roles change or
 * its password is reset,
 * in the transaction of that change; and lists recent revocations for services catching up, from
 * the security log that records those changes.
 */
@ApplicationScoped
public class TokenRevocations {

    /** The security events that revoke a user's tokens, and the reason each is announced with. */
    private static final List<SecurityEventType> REVOKING = List.of(
            SecurityEventType.ACCOUNT_DISABLED, SecurityEventType.ACCOUNT_DELETED, SecurityEventType.ROLES_CHANGED,
            SecurityEventType.PASSWORD_RESET_COMPLETED);

    /** A user's tokens issued before {@code before} are revoked. */
    public record Revocation(String userId, OffsetDateTime before) {
    }

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    RevokedTokens revoked;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Announces the revocation; {@code reason}: {@code DISABLED}, {@code DELETED}, {@code ROLES_CHANGED} or {@code PASSWORD_RESET}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String userId, OffsetDateTime before, String reason) {
        outbox.record(EventType.USER_TOKENS_REVOKED, userId, Jsons.createObjectBuilder()
                .add("userId", userId)
                .add("revokedBefore", before.toString())
                .add("reason", reason)
                .build());
        // user-war itself refuses them as soon as the change is committed, not when the event comes back.
        AfterCommit.run(transactions, () -> revoked.revoke(userId, before.toInstant()));
    }

    /** Revocations at or after {@code since}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Revocation> since(OffsetDateTime since) {
        return em.createQuery("SELECT e FROM SecurityEvent e WHERE e.type IN :types AND e.occurredAt >= :since"
                + " AND e.accountId IS NOT NULL ORDER BY e.occurredAt, e.id", SecurityEvent.class)
                .setParameter("types", REVOKING).setParameter("since", since).setMaxResults(10_000)
                .getResultStream().map(e -> new Revocation(e.accountId(), e.occurredAt())).toList();
    }
}
