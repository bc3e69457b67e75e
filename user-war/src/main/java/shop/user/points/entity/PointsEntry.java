package shop.user.points.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One line of a shopper's points statement: a change of the balance, with why. Never changed. */
@Entity
@Table(name = "points_entry")
@NamedQuery(name = PointsEntry.OF_ACCOUNT, query = "SELECT e FROM PointsEntry e WHERE e.accountId = :account"
        + " ORDER BY e.createdAt DESC, e.id DESC")
@NamedQuery(name = PointsEntry.COUNT_OF_ACCOUNT, query = "SELECT COUNT(e) FROM PointsEntry e WHERE e.accountId = :account")
public class PointsEntry {

    public static final String OF_ACCOUNT = "PointsEntry.ofAccount";
    public static final String COUNT_OF_ACCOUNT = "PointsEntry.countOfAccount";

    /** Why the balance changed. */
    public enum Kind {
        /** A paid order earned them. */
        EARNED,
        /** Staff granted (or, negative, took) them. */
        GRANTED,
        /** An order or an exchange used them. */
        SPENT,
        /** A cancelled checkout or a refunded order gave them back. */
        RETURNED,
        /** Points an order earned were taken back because it was refunded. */
        REVOKED,
        /** Their lot's time ran out. */
        EXPIRED
    }

    @Id
    private String id;

    @Column(name = "account_id")
    private String accountId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private long delta;

    private String reference;

    private String note;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected PointsEntry() {
    }

    public PointsEntry(String id, String accountId, Kind kind, long delta, String reference, String note, OffsetDateTime createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.kind = kind;
        this.delta = delta;
        this.reference = reference;
        this.note = note.length() > 200 ? note.substring(0, 200) : note;
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String accountId() { return accountId; }
    public Kind kind() { return kind; }
    public long delta() { return delta; }
    public String reference() { return reference; }
    public String note() { return note; }
    public OffsetDateTime createdAt() { return createdAt; }
}
