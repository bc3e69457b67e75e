package shop.user.points.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account's standing as a member: its growth value (from paid orders, deciding the level) and
 * its points balance (what its open lots hold). Every change of either takes this row's lock.
 */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @Column(name = "account_id")
    private String accountId;

    private long growth;

    private long points;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Membership() {
    }

    public static Membership of(String accountId, OffsetDateTime now) {
        Membership membership = new Membership();
        membership.accountId = accountId;
        membership.updatedAt = now;
        return membership;
    }

    public void grow(long delta, OffsetDateTime now) {
        growth = Math.max(0, Math.addExact(growth, delta));
        updatedAt = now;
    }

    /** Adds (or with a negative delta takes) points; the balance never goes below zero. */
    public void changePoints(long delta, OffsetDateTime now) {
        long after = Math.addExact(points, delta);
        if (after < 0) {
            throw new IllegalStateException("points balance of " + accountId + " would be " + after);
        }
        points = after;
        updatedAt = now;
    }

    public String accountId() { return accountId; }
    public long growth() { return growth; }
    public long points() { return points; }
}
