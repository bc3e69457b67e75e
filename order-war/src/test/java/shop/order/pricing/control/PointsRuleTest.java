package shop.order.pricing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.order.pricing.control.PriceCalculationTest.line;
import static shop.order.pricing.control.PriceCalculationTest.shipping;
import static shop.order.pricing.control.PriceCalculationTest.tenOff;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import shop.order.pricing.entity.Adjustment;
import shop.order.pricing.entity.Basket;
import shop.order.pricing.entity.Quote;

class PointsRuleTest {

    /** Items 300.00 - 10.00 off + shipping (free above 99) = 290.00 before points; at most 50 % of it in points. */
    @ParameterizedTest(name = "{0} points wanted: {1} used, {2} payable")
    @CsvSource({
            "0, 0, 29000",
            "1, 1, 28999",
            "150, 150, 28850",
            "14500, 14500, 14500",
            "14501, 14500, 14500",
            "1000000, 14500, 14500"})
    void pointsPayAtMostTheShareLast(long wanted, long used, long payable) {
        Quote quote = PriceCalculation.of(List.of(new PointsRule(50), shipping(), tenOff(), new ItemsRule()))
                .quote(new Basket(List.of(line(10_000, 3)), "浙江省").withPoints(wanted));
        assertEquals(used, quote.points());
        assertEquals(payable, quote.payable());
        assertEquals(used > 0, quote.adjustments().stream().anyMatch(a -> a.part() == Adjustment.Part.POINTS));
    }

    /** A gift exchanged for points: its price in points pays for all of it, and it ships free even to a remote region. */
    @ParameterizedTest(name = "gift of {0} points to {1}")
    @CsvSource({"1, 浙江省", "300, 西藏自治区", "20000, 浙江省", "1000000, 新疆维吾尔自治区"})
    void aGiftIsPaidWithItsPointsAloneAndShippedFree(long points, String province) {
        Quote quote = PriceCalculation.of(List.of(new PointsRule(50), shipping(), new ItemsRule()))
                .quote(new Basket(List.of(line(points, 1)), province).asGift("offer-1"));
        assertEquals(points, quote.items());
        assertEquals(0, quote.shipping());
        assertEquals(points, quote.points());
        assertEquals(0, quote.payable());
        assertEquals("积分兑换 商品 x1", quote.adjustments().get(0).label());
    }

    @ParameterizedTest(name = "share {1}% of {0} fen: {2}")
    @CsvSource({"1, 50, 0", "3, 50, 1", "29000, 100, 29000", "29000, 0, 0", "999, 33, 329"})
    void theShareRoundsDownToTheFen(long payable, int percent, long usable) {
        assertEquals(usable, PointsRule.usable(payable, percent));
    }
}
