package shop.user.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.platform.tx.AfterCommit;
import shop.user.account.entity.Account;
import shop.user.account.entity.PasswordReset;
import shop.user.audit.control.SecurityLog;
import shop.user.audit.entity.SecurityEventType;
import shop.user.token.control.RefreshTokens;
import shop.user.token.control.TokenRevocations;

/**
 * Password reset by one-time token. Asking never tells whether the account exists; an active
 * account gets a random token through {@link Notifications} (only its SHA-256 hash is kept),
 * valid for {@code shop.user.password-reset.valid-for} (30 minutes), once, and only while it is
 * the newest. At most {@code shop.user.password-reset.max-requests} (3) notices go to one
 * account per validity period; further requests are answered alike but send nothing, so the
 * endpoint cannot be used to flood someone's mailbox. Setting the password ends every session
 * (refresh tokens revoked) and clears a sign-in pause.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One message for every bad token, so a caller learns nothing about why. */
    static final String TOKEN_REFUSED = "is not valid: unknown, used, superseded or expired";

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    TokenRevocations revocations;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    LoginThrottles throttles;

    @Inject
    Notifications notifications;

    @Inject
    SecurityLog audit;

    @Inject
    ShopClock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "shop.user.password-reset.valid-for", defaultValue = "PT30M")
    Duration validFor;

    @Inject
    @ConfigProperty(name = "shop.user.password-reset.max-requests", defaultValue = "3")
    int maxRequests;

    /**
     * A reset asked for under {@code username} by a client at {@code clientIp}; whatever happens,
     * the caller is told the same, and the boundary runs this after answering, so not even the
     * time taken tells whether the account exists.
     */
    public void request(String username, String clientIp) {
        Optional<Account> found = accounts.byUsername(username).filter(Account::mayLogIn);
        if (found.isEmpty()) {
            audit.recordFrom(clientIp, SecurityEventType.PASSWORD_RESET_REQUESTED, null, null, username, "no active account: nothing sent");
            return;
        }
        // Serialises one account's requests, so the limit and "only the newest works" hold.
        Account account = em.find(Account.class, found.get().id(), LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = clock.now();
        long recent = em.createNamedQuery(PasswordReset.REQUESTED_SINCE, Long.class)
                .setParameter("account", account.id()).setParameter("since", now.minus(validFor)).getSingleResult();
        if (recent >= maxRequests) {
            LOG.info(() -> "password reset for account " + account.id() + " not sent: " + recent + " already within " + validFor);
            audit.recordFrom(clientIp, SecurityEventType.PASSWORD_RESET_REQUESTED, null, account.id(), username,
                    "limit reached: nothing sent");
            return;
        }
        revokeOpen(account.id(), now);
        String token = newToken();
        PasswordReset reset = new PasswordReset(Ids.newId(), account.id(), hash(token), now, now.plus(validFor));
        em.persist(reset);
        audit.recordFrom(clientIp, SecurityEventType.PASSWORD_RESET_REQUESTED, null, account.id(), username, "notice sent");
        PasswordResetNotice notice = new PasswordResetNotice(account.id(), account.username(), account.email(), account.phone(),
                token, reset.expiresAt());
        // Sent once the token is stored: never a token that does not work.
        AfterCommit.run(transactions, () -> notifications.passwordReset(notice));
    }

    /** Sets a new password with a reset token: 400 naming {@code token} when it does not work. */
    public void confirm(String token, String newPassword) {
        String newHash = passwords.hash(newPassword);
        OffsetDateTime now = clock.now();
        PasswordReset reset = em.createNamedQuery(PasswordReset.BY_HASH, PasswordReset.class)
                .setParameter("hash", hash(token)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .filter(r -> r.usable(now))
                .orElseThrow(() -> ProblemException.invalid("token", TOKEN_REFUSED));
        Account account = em.find(Account.class, reset.accountId(), LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !account.mayLogIn()) {
            throw ProblemException.invalid("token", TOKEN_REFUSED);
        }
        reset.use(now);
        revokeOpen(account.id(), now);
        account.changePassword(newHash, now);
        int ended = refreshTokens.revokeAll(account.id());
        throttles.succeeded(account.username());
        audit.record(SecurityEventType.PASSWORD_RESET_COMPLETED, account.id(), account.id(), null,
                "refresh tokens revoked: " + ended);
        revocations.revoke(account.id(), now, "PASSWORD_RESET"); // and the access tokens, in every service
        LOG.info(() -> "password reset completed for account " + account.id());
    }

    /** Deleting an account: its reset requests go with it. */
    public void deleteAll(String accountId) {
        em.createNamedQuery(PasswordReset.DELETE_ACCOUNT).setParameter("account", accountId).executeUpdate();
    }

    private void revokeOpen(String accountId, OffsetDateTime now) {
        em.createNamedQuery(PasswordReset.OPEN_OF_ACCOUNT, PasswordReset.class).setParameter("account", accountId)
                .getResultList().forEach(r -> r.revoke(now));
    }

    /** 256 random bits, URL-safe: the token a user copies from the notice. */
    static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
