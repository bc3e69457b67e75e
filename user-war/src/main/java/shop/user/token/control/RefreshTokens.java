package shop.user.token.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.user.audit.control.SecurityLog;
import shop.user.audit.entity.SecurityEventType;
import shop.user.token.entity.RefreshToken;

/**
 * Refresh tokens: random, stored only as hashes, rotated on every use. A rotated token that
 * comes back revokes its whole family (it was copied); logout revokes the family too.
 */
@ApplicationScoped
@Transactional
public class RefreshTokens {

    private static final Logger LOG = Logger.getLogger(RefreshTokens.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    SecurityLog audit;

    @Inject
    @ConfigProperty(name = "shop.jwt.refresh-ttl-days", defaultValue = "14")
    int ttlDays;

    /** A new login's first token. */
    public String start(String accountId) {
        return issue(accountId, Ids.newId());
    }

    /** The account the token belongs to, with its successor; empty when it is not usable. */
    public Optional<Rotation> rotate(String token) {
        Optional<RefreshToken> found = find(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken current = found.get();
        OffsetDateTime now = clock.now();
        if (current.isReplayed()) {
            revokeFamily(current.familyId(), now);
            LOG.warning(() -> "refresh token reused; family revoked for account " + current.accountId());
            audit.record(SecurityEventType.REFRESH_TOKEN_REUSED, null, current.accountId(), null, "family revoked");
            return Optional.empty();
        }
        if (!current.isUsable(now)) {
            return Optional.empty();
        }
        current.use(now);
        return Optional.of(new Rotation(current.accountId(), issue(current.accountId(), current.familyId())));
    }

    /** Logout: the token's family can no longer be refreshed. Unknown tokens are ignored. The account, if known. */
    public Optional<String> revoke(String token) {
        Optional<RefreshToken> found = find(token);
        found.ifPresent(t -> {
            revokeFamily(t.familyId(), clock.now());
            audit.record(SecurityEventType.SIGNED_OUT, t.accountId(), t.accountId(), null, null);
        });
        return found.map(RefreshToken::accountId);
    }

    /**
     * Every refresh token of the account stops working (disabled, password reset): its sessions
     * end when their access tokens expire, within {@code shop.jwt.access-ttl-seconds}.
     */
    public int revokeAll(String accountId) {
        return em.createNamedQuery(RefreshToken.REVOKE_ACCOUNT).setParameter("account", accountId)
                .setParameter("now", clock.now()).executeUpdate();
    }

    /** Deleting an account: its refresh tokens (hashes with issue times) are removed, not kept. */
    public void deleteAll(String accountId) {
        em.createNamedQuery(RefreshToken.DELETE_ACCOUNT).setParameter("account", accountId).executeUpdate();
    }

    /** The account a refresh led to, and the token that replaces the one used. */
    public record Rotation(String accountId, String nextToken) {
    }

    private String issue(String accountId, String familyId) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OffsetDateTime now = clock.now();
        em.persist(new RefreshToken(Ids.newId(), accountId, familyId, hash(token), now, now.plusDays(ttlDays)));
        return token;
    }

    private Optional<RefreshToken> find(String token) {
        return em.createNamedQuery(RefreshToken.BY_HASH, RefreshToken.class)
                .setParameter("hash", hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private void revokeFamily(String familyId, OffsetDateTime now) {
        em.createNamedQuery(RefreshToken.REVOKE_FAMILY).setParameter("family", familyId).setParameter("now", now)
                .executeUpdate();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
