package shop.user.points.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.user.account.entity.Account;
import shop.user.points.entity.MemberLevels;
import shop.user.points.entity.Membership;
import shop.user.points.entity.OrderReward;
import shop.user.points.entity.PointsEntry;
import shop.user.points.entity.PointsHold;
import shop.user.points.entity.PointsLot;
import shop.user.points.entity.RewardRule;

/**
 * The points ledger and growth of every member. Each change runs in one transaction under the
 * member's {@link Membership} row lock, writes a statement line, and keeps the balance equal to
 * what the member's lots hold: paid orders earn (once per order), refunds take their share back,
 * sagas hold points (spent when they close, returned when cancelled), staff grant, lots expire.
 */
@ApplicationScoped
@Transactional
public class PointsLedger {

    private static final Logger LOG = Logger.getLogger(PointsLedger.class.getName());

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    @ConfigProperty(name = "shop.user.points.per-yuan", defaultValue = "1")
    long pointsPerYuan;

    @Inject
    @ConfigProperty(name = "shop.user.growth.per-yuan", defaultValue = "1")
    long growthPerYuan;

    @Inject
    @ConfigProperty(name = "shop.user.points.valid-for", defaultValue = "P365D")
    Duration validFor;

    @Inject
    @ConfigProperty(name = "shop.user.points.expiring-within", defaultValue = "P30D")
    Duration expiringWithin;

    @Inject
    @ConfigProperty(name = "shop.user.member.level-thresholds", defaultValue = "500,2000,5000,20000")
    String levelThresholds;

    private RewardRule rewards;
    private MemberLevels levels;

    @PostConstruct
    void configure() {
        rewards = new RewardRule(growthPerYuan, pointsPerYuan);
        levels = MemberLevels.parse(levelThresholds);
    }

    /** A member's standing as they see it. */
    public record Standing(long balance, long held, long expiringSoon, OffsetDateTime expiringBy, long growth, int level,
            long nextLevelAt) {
    }

    /**
     * The member's balance (valid points only), points held by running checkouts, what expires
     * soon, growth and level, read by one statement: separate reads could see an order's points
     * earned without the growth it earned with them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Standing standing(String accountId) {
        OffsetDateTime now = clock.now();
        OffsetDateTime by = now.plus(expiringWithin);
        Object[] row = (Object[]) em.createNativeQuery("SELECT (SELECT m.growth FROM membership m WHERE m.account_id = ?1),"
                + " (SELECT COALESCE(SUM(l.remaining), 0) FROM points_lot l WHERE l.account_id = ?1 AND l.remaining > 0 AND l.expires_at > ?2),"
                + " (SELECT COALESCE(SUM(h.points), 0) FROM points_hold h WHERE h.account_id = ?1 AND h.state = ?4),"
                + " (SELECT COALESCE(SUM(l.remaining), 0) FROM points_lot l WHERE l.account_id = ?1 AND l.remaining > 0 AND l.expires_at > ?2"
                + " AND l.expires_at <= ?3)")
                .setParameter(1, accountId).setParameter(2, now).setParameter(3, by).setParameter(4, PointsHold.State.HELD.name())
                .getSingleResult();
        long growth = row[0] == null ? 0 : ((Number) row[0]).longValue();
        return new Standing(((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), by, growth,
                levels.levelFor(growth), levels.nextThreshold(growth));
    }

    /** The member's statement, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PointsEntry> statement(String accountId, PageRequest page) {
        List<PointsEntry> items = em.createNamedQuery(PointsEntry.OF_ACCOUNT, PointsEntry.class).setParameter("account", accountId)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(PointsEntry.COUNT_OF_ACCOUNT, Long.class).setParameter("account", accountId).getSingleResult();
        return Page.of(items, page, total);
    }

    /**
     * A paid order credits its shopper growth and points for each whole yuan paid, once however
     * often its event arrives; an unknown account (deleted since) gets nothing.
     */
    public void orderPaid(String orderId, String accountId, long paidFen) {
        if (em.find(Account.class, accountId) == null) {
            LOG.info(() -> "paid order " + orderId + " names no known account; no reward");
            return;
        }
        Membership membership = lockMembership(accountId);
        if (em.find(OrderReward.class, orderId) != null) {
            return;
        }
        OffsetDateTime now = clock.now();
        long growth = rewards.growthFor(paidFen);
        em.persist(OrderReward.paid(orderId, accountId, paidFen, growth, now));
        membership.grow(growth, now);
        long points = rewards.pointsFor(paidFen);
        if (points > 0) {
            em.persist(PointsLot.earned(Ids.newId(), accountId, PointsLot.Source.ORDER, orderId, points, now, now.plus(validFor)));
            membership.changePoints(points, now);
            record(accountId, PointsEntry.Kind.EARNED, points, orderId, "Earned by order " + orderId, now);
        }
        applyLevel(membership, now);
        LOG.info(() -> "order " + orderId + " earned " + points + " points and " + growth + " growth");
    }

    /**
     * A refund of {@code amountFen} on a rewarded order takes back the growth and the earned
     * points of what was refunded (earned points already spent stay spent); a refund of the whole
     * order before shipping ({@code wholeOrder}) also gives back the points the order used, and
     * the refund of a return gives back {@code pointsBack}, its lines' share of them.
     */
    public void orderRefunded(String refundId, String orderId, long amountFen, boolean wholeOrder, long pointsBack) {
        OrderReward reward = em.find(OrderReward.class, orderId);
        if (reward != null) {
            Membership membership = lockMembership(reward.accountId());
            reward = em.find(OrderReward.class, orderId, LockModeType.PESSIMISTIC_WRITE);
            if (alreadyApplied(refundId, orderId, amountFen)) {
                return;
            }
            OffsetDateTime now = clock.now();
            long stillPaidBefore = reward.paid() - reward.refunded();
            long stillPaid = reward.refund(amountFen);
            membership.grow(reward.regrow(rewards.growthFor(stillPaid)), now);
            long revoke = rewards.pointsFor(stillPaidBefore) - rewards.pointsFor(stillPaid);
            Optional<PointsLot> lot = earnedBy(orderId);
            long taken = lot.map(l -> l.revoke(revoke)).orElse(0L);
            if (taken > 0) {
                membership.changePoints(-taken, now);
                record(reward.accountId(), PointsEntry.Kind.REVOKED, -taken, orderId, "Taken back: order " + orderId + " refunded", now);
            }
            applyLevel(membership, now);
            if (!wholeOrder && pointsBack > 0) {
                returnSpentPart(orderId, pointsBack); // once: this refund is applied once
            }
        }
        if (wholeOrder) {
            returnSpent(orderId);
        }
    }

    /**
     * Holds {@code points} of the member for the saga {@code lraId} (for {@code reference}, an
     * order or an exchange): taken from the lots that expire first, gone from the balance at
     * once. The same request again returns the first hold; a saga that already ended here is 409
     * {@code INVALID_STATE}; more than the balance is 400.
     */
    public PointsHold hold(String lraId, String accountId, String reference, long points) {
        if (points <= 0) {
            throw ProblemException.invalid("points", "must be at least 1");
        }
        if (em.find(Account.class, accountId) == null) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such member.");
        }
        Membership membership = lockMembership(accountId);
        PointsHold known = em.find(PointsHold.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            if (known.state() == PointsHold.State.HELD && known.sameRequest(accountId, reference, points)) {
                return known;
            }
            throw new ProblemException(ErrorCode.INVALID_STATE, "This saga has already ended or holds other points.");
        }
        OffsetDateTime now = clock.now();
        expireDue(membership, now);
        List<PointsHold.Share> shares = take(accountId, points, now, membership.points());
        PointsHold hold = PointsHold.held(lraId, accountId, reference, shares, now);
        em.persist(hold);
        membership.changePoints(-points, now);
        record(accountId, PointsEntry.Kind.SPENT, -points, reference, "Used for " + reference, now);
        return hold;
    }

    /** The saga closed: held points are spent (they left the balance when held). Idempotent. */
    public void spend(String lraId) {
        PointsHold hold = holdOrEnded(lraId, PointsHold.State.SPENT);
        if (hold.accountId() != null && hold.state() == PointsHold.State.HELD) {
            hold.end(PointsHold.State.SPENT, clock.now());
        }
    }

    /** The saga was cancelled: held points go back to their lots. Idempotent; nothing held, nothing to do. */
    public void release(String lraId) {
        PointsHold hold = holdOrEnded(lraId, PointsHold.State.RETURNED);
        if (hold.accountId() != null && hold.state() == PointsHold.State.HELD) {
            giveBack(hold, hold.points(), "Returned: " + hold.reference() + " not completed");
        }
    }

    /**
     * Staff change a member's points: a positive {@code delta} is a new lot expiring at
     * {@code expiresAt} (default: the usual validity), a negative one takes from the lots that
     * expire first (409 when the balance is short).
     */
    public Standing grant(String accountId, long delta, String reason, OffsetDateTime expiresAt, String staffId) {
        if (em.find(Account.class, accountId) == null) {
            throw ProblemException.notFound("No such member.");
        }
        Membership membership = lockMembership(accountId);
        OffsetDateTime now = clock.now();
        expireDue(membership, now);
        String reference = "grant:" + Ids.newId();
        if (delta > 0) {
            OffsetDateTime until = expiresAt == null ? now.plus(validFor) : expiresAt;
            if (!until.isAfter(now)) {
                throw ProblemException.invalid("expiresAt", "must be in the future");
            }
            em.persist(PointsLot.earned(Ids.newId(), accountId, PointsLot.Source.GRANT, reference, delta, now, until));
        } else {
            if (membership.points() < -delta) {
                throw new ProblemException(ErrorCode.INVALID_STATE, "The member has only " + membership.points() + " points.");
            }
            take(accountId, -delta, now, membership.points());
        }
        membership.changePoints(delta, now);
        record(accountId, PointsEntry.Kind.GRANTED, delta, reference, reason, now);
        LOG.info(() -> "staff " + staffId + " changed the points of " + accountId + " by " + delta);
        return standing(accountId);
    }

    /** Expires the member's lots whose time is over; true when any points expired. */
    public boolean expire(String accountId) {
        Membership membership = lockMembership(accountId);
        return expireDue(membership, clock.now()) > 0;
    }

    /** Members with points past their expiry, for the sweep. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> withExpiredPoints(int max) {
        return em.createNamedQuery(PointsLot.EXPIRED, String.class).setParameter("now", clock.now()).setMaxResults(max)
                .getResultStream().distinct().toList();
    }

    /** Everything of a member's points: the statement and lots, for their data export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PointsEntry> allEntries(String accountId) {
        return em.createNamedQuery(PointsEntry.OF_ACCOUNT, PointsEntry.class).setParameter("account", accountId).getResultList();
    }

    /** Erases a member's points, growth and statement (account deletion). Holds keep no personal data beyond the account id. */
    public void erase(String accountId) {
        em.createQuery("DELETE FROM PointsEntry e WHERE e.accountId = :account").setParameter("account", accountId).executeUpdate();
        em.createNativeQuery("DELETE FROM points_hold_share s USING points_hold h WHERE s.lra_id = h.lra_id AND h.account_id = ?1")
                .setParameter(1, accountId).executeUpdate();
        em.createNativeQuery("DELETE FROM points_hold WHERE account_id = ?1").setParameter(1, accountId).executeUpdate();
        em.createQuery("DELETE FROM PointsLot l WHERE l.accountId = :account").setParameter("account", accountId).executeUpdate();
        em.createQuery("DELETE FROM OrderReward r WHERE r.accountId = :account").setParameter("account", accountId).executeUpdate();
        em.createQuery("DELETE FROM Membership m WHERE m.accountId = :account").setParameter("account", accountId).executeUpdate();
    }

    private long expireDue(Membership membership, OffsetDateTime now) {
        long expired = 0;
        for (PointsLot lot : em.createNamedQuery(PointsLot.EXPIRED_OF, PointsLot.class).setParameter("account", membership.accountId())
                .setParameter("now", now).getResultList()) {
            long gone = lot.expire(now);
            if (gone > 0) {
                expired += gone;
                record(membership.accountId(), PointsEntry.Kind.EXPIRED, -gone, lot.reference(),
                        "Expired: earned " + lot.earnedAt().toLocalDate() + ", valid until " + lot.expiresAt().toLocalDate(), now);
            }
        }
        if (expired > 0) {
            membership.changePoints(-expired, now);
            long total = expired;
            LOG.info(() -> total + " points of " + membership.accountId() + " expired");
        }
        return expired;
    }

    /** Takes {@code points} from the member's valid lots, those expiring first first; 400 when they hold fewer. */
    private List<PointsHold.Share> take(String accountId, long points, OffsetDateTime now, long balance) {
        List<PointsHold.Share> shares = new ArrayList<>();
        long missing = points;
        for (PointsLot lot : em.createNamedQuery(PointsLot.SPENDABLE, PointsLot.class).setParameter("account", accountId)
                .setParameter("now", now).getResultList()) {
            if (missing == 0) {
                break;
            }
            long taken = lot.take(missing, now);
            if (taken > 0) {
                shares.add(new PointsHold.Share(lot.id(), taken));
                missing -= taken;
            }
        }
        if (missing > 0) {
            throw ProblemException.invalid("points", "exceeds your points balance (" + balance + ")");
        }
        return shares;
    }

    /** Points of a spent hold go back when the whole order is refunded. */
    private void returnSpent(String orderId) {
        for (PointsHold spent : em.createNamedQuery(PointsHold.SPENT_FOR, PointsHold.class).setParameter("reference", orderId)
                .setParameter("state", PointsHold.State.SPENT).getResultList()) {
            lockMembership(spent.accountId());
            PointsHold hold = em.find(PointsHold.class, spent.lraId(), LockModeType.PESSIMISTIC_WRITE);
            if (hold.state() == PointsHold.State.SPENT) {
                giveBack(hold, hold.points(), "Returned: order " + orderId + " refunded");
            }
        }
    }

    /**
     * Gives {@code wanted} points of the hold (at most what has not gone back yet) back into the
     * lots they came from; the hold is RETURNED once all of them are back.
     */
    private void giveBack(PointsHold hold, long wanted, String note) {
        OffsetDateTime now = clock.now();
        Membership membership = lockMembership(hold.accountId());
        List<PointsHold.Share> back = hold.giveBack(wanted);
        if (hold.allGivenBack()) {
            hold.end(PointsHold.State.RETURNED, now);
        }
        long total = back.stream().mapToLong(PointsHold.Share::points).sum();
        if (total == 0) {
            return;
        }
        for (PointsHold.Share share : back) {
            em.find(PointsLot.class, share.lotId()).giveBack(share.points());
        }
        membership.changePoints(total, now);
        record(hold.accountId(), PointsEntry.Kind.RETURNED, total, hold.reference(), note, now);
        LOG.info(() -> total + " points of " + hold.accountId() + " returned (" + hold.reference() + ")");
    }

    /** A return of part of a paid order gives back its share of the points the order was paid with. */
    private void returnSpentPart(String orderId, long points) {
        long left = points;
        for (PointsHold spent : em.createNamedQuery(PointsHold.SPENT_FOR, PointsHold.class).setParameter("reference", orderId)
                .setParameter("state", PointsHold.State.SPENT).getResultList()) {
            if (left <= 0) {
                break;
            }
            PointsHold hold = em.find(PointsHold.class, spent.lraId(), LockModeType.PESSIMISTIC_WRITE);
            if (hold.state() == PointsHold.State.SPENT) {
                long before = hold.returned();
                giveBack(hold, left, "Returned: goods of order " + orderId + " sent back");
                left -= hold.returned() - before;
            }
        }
    }

    /**
     * The saga's hold, locked; when there is none, an ended row is recorded so a late hold is
     * refused. Of an end and a hold racing for the same saga, whichever row was written first
     * is the one found here, so a hold is never left behind unreleased.
     */
    private PointsHold holdOrEnded(String lraId, PointsHold.State end) {
        PointsHold hold = em.find(PointsHold.class, lraId);
        if (hold != null) {
            // The member's lock before the hold's, in the order a hold takes them.
            if (hold.accountId() != null) {
                lockMembership(hold.accountId());
            }
            em.refresh(hold, LockModeType.PESSIMISTIC_WRITE);
            return hold;
        }
        em.createNativeQuery("INSERT INTO points_hold (lra_id, state, created_at, ended_at) VALUES (?1, ?2, now(), now())"
                + " ON CONFLICT (lra_id) DO NOTHING").setParameter(1, lraId).setParameter(2, end.name()).executeUpdate();
        hold = em.find(PointsHold.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (hold.accountId() != null && hold.state() == PointsHold.State.HELD) {
            lockMembership(hold.accountId());
        }
        return hold;
    }

    private boolean alreadyApplied(String refundId, String orderId, long amount) {
        int inserted = em.createNativeQuery("INSERT INTO order_reward_refund (refund_id, order_id, amount, created_at)"
                + " VALUES (?1, ?2, ?3, now()) ON CONFLICT (refund_id) DO NOTHING")
                .setParameter(1, refundId).setParameter(2, orderId).setParameter(3, amount).executeUpdate();
        return inserted == 0;
    }

    private Optional<PointsLot> earnedBy(String orderId) {
        return em.createNamedQuery(PointsLot.OF_REFERENCE, PointsLot.class).setParameter("source", PointsLot.Source.ORDER)
                .setParameter("reference", orderId).getResultStream().findFirst();
    }

    /** The member's row, locked; created on first use (two first uses at once: one insert wins, both lock it). */
    private Membership lockMembership(String accountId) {
        Membership membership = em.find(Membership.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (membership == null) {
            em.createNativeQuery("INSERT INTO membership (account_id, updated_at) VALUES (?1, now()) ON CONFLICT DO NOTHING")
                    .setParameter(1, accountId).executeUpdate();
            membership = em.find(Membership.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        }
        return membership;
    }

    private void applyLevel(Membership membership, OffsetDateTime now) {
        Account account = em.find(Account.class, membership.accountId());
        if (account != null) {
            account.reachLevel(levels.levelFor(membership.growth()), now);
        }
    }

    private void record(String accountId, PointsEntry.Kind kind, long delta, String reference, String note, OffsetDateTime now) {
        em.persist(new PointsEntry(Ids.newId(), accountId, kind, delta, reference, note, now));
    }
}
