package shop.user.account.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One password reset a user asked for, stored by the SHA-256 hash of its one-time token. The
 * token works once, until {@code expiresAt}, and only while it is the account's newest: asking
 * again revokes the older ones.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.BY_HASH, query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash")
@NamedQuery(name = PasswordReset.OPEN_OF_ACCOUNT,
        query = "SELECT r FROM PasswordReset r WHERE r.accountId = :account AND r.usedAt IS NULL AND r.revokedAt IS NULL")
@NamedQuery(name = PasswordReset.REQUESTED_SINCE,
        query = "SELECT COUNT(r) FROM PasswordReset r WHERE r.accountId = :account AND r.requestedAt > :since")
@NamedQuery(name = PasswordReset.DELETE_ACCOUNT, query = "DELETE FROM PasswordReset r WHERE r.accountId = :account")
public class PasswordReset {

    public static final String BY_HASH = "PasswordReset.byHash";
    public static final String OPEN_OF_ACCOUNT = "PasswordReset.openOfAccount";
    public static final String REQUESTED_SINCE = "PasswordReset.requestedSince";
    public static final String DELETE_ACCOUNT = "PasswordReset.deleteAccount";

    @Id
    private String id;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected PasswordReset() {
    }

    public PasswordReset(String id, String accountId, String tokenHash, OffsetDateTime requestedAt, OffsetDateTime expiresAt) {
        this.id = id;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the token may still set a password: never used, not superseded, not expired. */
    public boolean usable(OffsetDateTime now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** Sets the password with it: from now on it is used up. Refused when not {@link #usable}. */
    public void use(OffsetDateTime now) {
        if (!usable(now)) {
            throw new IllegalStateException("password reset " + id + " is not usable");
        }
        usedAt = now;
    }

    /** A newer request (or a completed reset) makes this one worthless. */
    public void revoke(OffsetDateTime now) {
        if (revokedAt == null && usedAt == null) {
            revokedAt = now;
        }
    }

    public String id() { return id; }
    public String accountId() { return accountId; }
    public OffsetDateTime expiresAt() { return expiresAt; }
}
