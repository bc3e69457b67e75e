package shop.user.token.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One refresh token, stored by the hash of its value. Tokens of one login form a family: each
 * use rotates to a new token, and presenting a used one again means it leaked, so the whole
 * family is revoked.
 */
@Entity
@Table(name = "refresh_token")
@NamedQuery(name = RefreshToken.BY_HASH, query = "SELECT t FROM RefreshToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = RefreshToken.REVOKE_FAMILY,
        query = "UPDATE RefreshToken t SET t.revokedAt = :now WHERE t.familyId = :family AND t.revokedAt IS NULL")
@NamedQuery(name = RefreshToken.REVOKE_ACCOUNT,
        query = "UPDATE RefreshToken t SET t.revokedAt = :now WHERE t.accountId = :account AND t.revokedAt IS NULL")
@NamedQuery(name = RefreshToken.DELETE_ACCOUNT, query = "DELETE FROM RefreshToken t WHERE t.accountId = :account")
public class RefreshToken {

    public static final String BY_HASH = "RefreshToken.byHash";
    public static final String REVOKE_ACCOUNT = "RefreshToken.revokeAccount";
    public static final String DELETE_ACCOUNT = "RefreshToken.deleteAccount";
    public static final String REVOKE_FAMILY = "RefreshToken.revokeFamily";

    @Id
    private String id;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "family_id")
    private String familyId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected RefreshToken() {
    }

    public RefreshToken(String id, String accountId, String familyId, String tokenHash, OffsetDateTime issuedAt,
            OffsetDateTime expiresAt) {
        this.id = id;
        this.accountId = accountId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** Usable: never used, not revoked, not expired. */
    public boolean isUsable(OffsetDateTime now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** A used (rotated) token presented again: someone else has a copy. */
    public boolean isReplayed() {
        return usedAt != null;
    }

    public void use(OffsetDateTime now) {
        this.usedAt = now;
    }

    public String accountId() {
        return accountId;
    }

    public String familyId() {
        return familyId;
    }
}
