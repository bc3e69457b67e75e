package shop.user.points.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Points a saga (a checkout, a points exchange) holds as an LRA participant: taken from the
 * balance when held, then spent when the saga closes or given back to their lots when it is
 * cancelled. A spent hold of an order refunded in full is given back too. Each step happens once.
 */
@Entity
@Table(name = "points_hold")
@NamedQuery(name = PointsHold.SPENT_FOR, query = "SELECT h FROM PointsHold h WHERE h.reference = :reference"
        + " AND h.state = :state")
public class PointsHold {

    public static final String SPENT_FOR = "PointsHold.spentFor";

    /** Where the hold is: held by a running saga, then spent or returned. */
    public enum State {
        HELD, SPENT, RETURNED;

        /** The state after the saga's end, or after a refund; null when the move is not allowed. */
        public State after(State wanted) {
            return switch (this) {
                case HELD -> wanted == HELD ? null : wanted;
                case SPENT -> wanted == RETURNED ? RETURNED : null;
                case RETURNED -> null;
            };
        }
    }

    /** The points a hold took from one lot. */
    @Embeddable
    public static class Share {
        @Column(name = "lot_id")
        private String lotId;

        private long points;

        protected Share() {
        }

        public Share(String lotId, long points) {
            this.lotId = lotId;
            this.points = points;
        }

        public String lotId() { return lotId; }
        public long points() { return points; }
    }

    @Id
    @Column(name = "lra_id")
    private String lraId;

    @Column(name = "account_id")
    private String accountId;

    private String reference;

    private long points;

    /** Of {@link #points}, how many went back to the member (by returns of the order, or all at once). */
    private long returned;

    @Enumerated(EnumType.STRING)
    private State state;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "points_hold_share", joinColumns = @JoinColumn(name = "lra_id"))
    private List<Share> shares = new ArrayList<>();

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected PointsHold() {
    }

    public static PointsHold held(String lraId, String accountId, String reference, List<Share> shares, OffsetDateTime now) {
        PointsHold hold = new PointsHold();
        hold.lraId = lraId;
        hold.accountId = accountId;
        hold.reference = reference;
        hold.shares = new ArrayList<>(shares);
        hold.points = shares.stream().mapToLong(Share::points).sum();
        hold.state = State.HELD;
        hold.createdAt = now;
        return hold;
    }

    /** Moves to {@code wanted}; false when the hold is already past it (a repeated or late callback). */
    public boolean end(State wanted, OffsetDateTime now) {
        State next = state.after(wanted);
        if (next == null) {
            return false;
        }
        state = next;
        endedAt = now;
        return true;
    }

    /**
     * The next {@code wanted} points of this hold that have not gone back yet (at most what is
     * left), as the lots they came from, now counted as gone back. Shares are walked in lot order,
     * so parts given back one after another never give back the same points twice.
     */
    public List<Share> giveBack(long wanted) {
        long skip = returned;
        long left = Math.min(wanted, points - returned);
        List<Share> back = new ArrayList<>();
        for (Share share : shares.stream().sorted(java.util.Comparator.comparing(Share::lotId)).toList()) {
            if (left <= 0) {
                break;
            }
            long skipped = Math.min(skip, share.points());
            skip -= skipped;
            long take = Math.min(share.points() - skipped, left);
            if (take > 0) {
                back.add(new Share(share.lotId(), take));
                left -= take;
                returned += take;
            }
        }
        return back;
    }

    /** Whether every point of the hold has gone back. */
    public boolean allGivenBack() {
        return returned >= points;
    }

    public boolean sameRequest(String accountId, String reference, long points) {
        return accountId.equals(this.accountId) && reference.equals(this.reference) && points == this.points;
    }

    public String lraId() { return lraId; }
    public String accountId() { return accountId; }
    public String reference() { return reference; }
    public long points() { return points; }
    public long returned() { return returned; }
    public State state() { return state; }
    public List<Share> shares() { return List.copyOf(shares); }
}
