package shop.user.points.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RewardRuleTest {

    @ParameterizedTest(name = "{0} fen paid at {1}/yuan: {2}")
    @CsvSource({
            "0, 1, 0",
            "99, 1, 0",
            "100, 1, 1",
            "29999, 1, 299",
            "30000, 2, 600",
            "-500, 1, 0"})
    void wholeYuanOnly(long fen, long perYuan, long expected) {
        RewardRule rule = new RewardRule(perYuan, perYuan);
        assertEquals(expected, rule.pointsFor(fen));
        assertEquals(expected, rule.growthFor(fen));
    }

    @Test
    void refundTakesBackItsShare() {
        RewardRule rule = new RewardRule(1, 1);
        OrderReward reward = OrderReward.paid("o1", "a1", 30_050, rule.growthFor(30_050), java.time.OffsetDateTime.now());
        assertEquals(300, reward.growth());
        long stillPaid = reward.refund(10_000);
        assertEquals(20_050, stillPaid);
        assertEquals(-100, reward.regrow(rule.growthFor(stillPaid)));
        assertEquals(0, reward.refund(50_000), "never refunds beyond what was paid");
        assertEquals(-200, reward.regrow(rule.growthFor(0)));
        assertEquals(0, reward.growth());
    }

    @Test
    void noNegativeRates() {
        assertThrows(IllegalArgumentException.class, () -> new RewardRule(-1, 1));
    }
}
