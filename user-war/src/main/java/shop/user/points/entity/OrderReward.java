package shop.user.points.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What one paid order credited its shopper: growth and points for each whole yuan paid, once.
 * Refunds take back the share of what was refunded: the reward always matches what the shopper
 * finally paid.
 */
@Entity
@Table(name = "order_reward")
public class OrderReward {

    @Id
    @Column(name = "order_id")
    private String orderId;

    @Column(name = "account_id")
    private String accountId;

    /** Fen paid. */
    private long paid;

    /** Fen refunded so far. */
    private long refunded;

    /** Growth credited now, net of refunds. */
    private long growth;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected OrderReward() {
    }

    public static OrderReward paid(String orderId, String accountId, long paidFen, long growth, OffsetDateTime now) {
        OrderReward reward = new OrderReward();
        reward.orderId = orderId;
        reward.accountId = accountId;
        reward.paid = paidFen;
        reward.growth = growth;
        reward.createdAt = now;
        return reward;
    }

    /** Records a refund of {@code amount} fen (never beyond what was paid); returns the fen still paid. */
    public long refund(long amount) {
        refunded = Math.min(paid, Math.addExact(refunded, Math.max(0, amount)));
        return paid - refunded;
    }

    /** The growth credited is now {@code growth}; returns the change. */
    public long regrow(long growthNow) {
        long delta = growthNow - growth;
        growth = growthNow;
        return delta;
    }

    public String orderId() { return orderId; }
    public String accountId() { return accountId; }
    public long paid() { return paid; }
    public long refunded() { return refunded; }
    public long growth() { return growth; }
}
