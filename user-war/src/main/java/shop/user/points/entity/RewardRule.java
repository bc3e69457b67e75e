package shop.user.points.entity;

/**
 * What paying earns: {@code growthPerYuan} growth and {@code pointsPerYuan} points for each whole
 * yuan paid (fen below a yuan earn nothing). Computed from what is finally paid, so a partly
 * refunded order keeps the reward of what was not refunded.
 */
public record RewardRule(long growthPerYuan, long pointsPerYuan) {

    public RewardRule {
        if (growthPerYuan < 0 || pointsPerYuan < 0) {
            throw new IllegalArgumentException("rewards cannot be negative");
        }
    }

    public long growthFor(long paidFen) {
        return Math.multiplyExact(Math.max(0, paidFen) / 100, growthPerYuan);
    }

    public long pointsFor(long paidFen) {
        return Math.multiplyExact(Math.max(0, paidFen) / 100, pointsPerYuan);
    }
}
