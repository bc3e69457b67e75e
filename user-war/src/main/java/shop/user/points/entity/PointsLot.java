package shop.user.points.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Points earned together (by one paid order, or one grant), expiring together. Spending takes
 * from the lot that expires first; a returned hold goes back to the lots it came from.
 */
@Entity
@Table(name = "points_lot")
@NamedQuery(name = PointsLot.SPENDABLE, query = "SELECT l FROM PointsLot l WHERE l.accountId = :account AND l.remaining > 0"
        + " AND l.expiresAt > :now ORDER BY l.expiresAt, l.earnedAt, l.id")
@NamedQuery(name = PointsLot.EXPIRED, query = "SELECT l.accountId FROM PointsLot l WHERE l.remaining > 0 AND l.expiresAt <= :now"
        + " ORDER BY l.expiresAt")
@NamedQuery(name = PointsLot.EXPIRED_OF, query = "SELECT l FROM PointsLot l WHERE l.accountId = :account AND l.remaining > 0"
        + " AND l.expiresAt <= :now")
@NamedQuery(name = PointsLot.OF_REFERENCE, query = "SELECT l FROM PointsLot l WHERE l.source = :source AND l.reference = :reference")
public class PointsLot {

    public static final String SPENDABLE = "PointsLot.spendable";
    public static final String EXPIRED = "PointsLot.expired";
    public static final String EXPIRED_OF = "PointsLot.expiredOf";
    public static final String OF_REFERENCE = "PointsLot.ofReference";

    /** Where the points came from. */
    public enum Source { ORDER, GRANT }

    @Id
    private String id;

    @Column(name = "account_id")
    private String accountId;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String reference;

    private long amount;

    private long remaining;

    @Column(name = "earned_at")
    private OffsetDateTime earnedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    protected PointsLot() {
    }

    public static PointsLot earned(String id, String accountId, Source source, String reference, long amount, OffsetDateTime now,
            OffsetDateTime expiresAt) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a lot holds at least one point");
        }
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a lot must expire after it is earned");
        }
        PointsLot lot = new PointsLot();
        lot.id = id;
        lot.accountId = accountId;
        lot.source = source;
        lot.reference = reference;
        lot.amount = amount;
        lot.remaining = amount;
        lot.earnedAt = now;
        lot.expiresAt = expiresAt;
        return lot;
    }

    /** Takes up to {@code wanted} points from this lot if it is still valid at {@code now}; returns how many it gave. */
    public long take(long wanted, OffsetDateTime now) {
        if (wanted <= 0 || !validAt(now)) {
            return 0;
        }
        long taken = Math.min(wanted, remaining);
        remaining -= taken;
        return taken;
    }

    /** Points that came from this lot come back to it (they expire with it, as they would have). */
    public void giveBack(long points) {
        if (points < 0 || remaining + points > amount) {
            throw new IllegalStateException("lot " + id + " cannot take back " + points + " points");
        }
        remaining += points;
    }

    /** Takes back up to {@code points} earned here (a refund); those already spent stay spent. Returns how many. */
    public long revoke(long points) {
        long taken = Math.min(Math.max(0, points), remaining);
        remaining -= taken;
        return taken;
    }

    /** Expires what is left once the lot's time is over; returns how many points expired. */
    public long expire(OffsetDateTime now) {
        if (validAt(now) || remaining == 0) {
            return 0;
        }
        long expired = remaining;
        remaining = 0;
        return expired;
    }

    public boolean validAt(OffsetDateTime now) {
        return expiresAt.isAfter(now);
    }

    public String id() { return id; }
    public String accountId() { return accountId; }
    public Source source() { return source; }
    public String reference() { return reference; }
    public long amount() { return amount; }
    public long remaining() { return remaining; }
    public OffsetDateTime earnedAt() { return earnedAt; }
    public OffsetDateTime expiresAt() { return expiresAt; }
}
