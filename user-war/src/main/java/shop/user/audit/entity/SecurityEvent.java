package shop.user.audit.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the security audit log: what happened, when, who did it ({@code actorId}, null
 * when nobody was signed in), to which account ({@code accountId}, null for a username that has
 * none), the username as typed (sanitized), the client's address, and a short detail such as
 * {@code roles shopper -> shopper,operator}. Entries are written once and never changed, except
 * that deleting an account blanks the username and address of the entries about it.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    /** The longest username as typed that is kept, in characters. */
    public static final int USERNAME_LENGTH = 64;

    /** The longest detail kept, in characters. */
    public static final int DETAIL_LENGTH = 500;

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private SecurityEventType type;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    @Column(name = "actor_id")
    private String actorId;

    @Column(name = "account_id")
    private String accountId;

    private String username;

    @Column(name = "client_ip")
    private String clientIp;

    private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(String id, SecurityEventType type, OffsetDateTime occurredAt, String actorId, String accountId,
            String username, String clientIp, String detail) {
        this.id = id;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.accountId = accountId;
        this.username = LogText.sanitize(username, USERNAME_LENGTH);
        this.clientIp = LogText.sanitize(clientIp, 64);
        this.detail = LogText.sanitize(detail, DETAIL_LENGTH);
    }

    public String id() { return id; }
    public SecurityEventType type() { return type; }
    public OffsetDateTime occurredAt() { return occurredAt; }
    public String actorId() { return actorId; }
    public String accountId() { return accountId; }
    public String username() { return username; }
    public String clientIp() { return clientIp; }
    public String detail() { return detail; }
}
