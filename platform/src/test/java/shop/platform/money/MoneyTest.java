package shop.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void yuan_labels_drop_needless_decimals() {
        assertEquals("300", Money.yuanLabel(30000));
        assertEquals("12.5", Money.yuanLabel(1250));
        assertEquals("12.05", Money.yuanLabel(1205));
        assertEquals("0.01", Money.yuanLabel(1));
        assertEquals("0", Money.yuanLabel(0));
        assertEquals("-3.5", Money.yuanLabel(-350));
    }

    @Test
    void cny_is_an_amount_in_fen_of_currency_CNY() {
        Money price = Money.cny(1999);

        assertEquals(1999, price.amount());
        assertEquals("CNY", price.currency());
        assertEquals(Money.of(1999, "CNY"), price);
    }

    @Test
    void zero_is_nothing_in_the_given_currency() {
        Money zero = Money.zero("USD");

        assertEquals(0, zero.amount());
        assertEquals("USD", zero.currency());
        assertTrue(zero.isZero());
    }

    @Test
    void currency_is_required() {
        assertThrows(NullPointerException.class, () -> Money.of(1, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "cny", "Cny", "CN", "CNYY", "C1Y", " CNY", "¥"})
    void currency_must_be_three_uppercase_letters(String currency) {
        assertThrows(IllegalArgumentException.class, () -> Money.of(1, currency));
    }

    @Test
    void amounts_in_the_same_currency_add_and_subtract() {
        assertEquals(Money.cny(350), Money.cny(200).plus(Money.cny(150)));
        assertEquals(Money.cny(50), Money.cny(200).minus(Money.cny(150)));
    }

    @Test
    void subtracting_more_than_there_is_gives_a_negative_amount() {
        Money difference = Money.cny(100).minus(Money.cny(150));

        assertEquals(Money.cny(-50), difference);
        assertTrue(difference.isNegative());
    }

    @Test
    void currencies_are_never_mixed() {
        Money yuan = Money.cny(100);
        Money dollars = Money.of(100, "USD");

        assertThrows(IllegalArgumentException.class, () -> yuan.plus(dollars));
        assertThrows(IllegalArgumentException.class, () -> yuan.minus(dollars));
        assertThrows(IllegalArgumentException.class, () -> yuan.min(dollars));
        assertThrows(IllegalArgumentException.class, () -> yuan.compareTo(dollars));
    }

    @Test
    void sums_that_do_not_fit_are_refused_instead_of_wrapping_around() {
        Money most = Money.cny(Long.MAX_VALUE);
        Money least = Money.cny(Long.MIN_VALUE);

        assertThrows(ArithmeticException.class, () -> most.plus(Money.cny(1)));
        assertThrows(ArithmeticException.class, () -> least.minus(Money.cny(1)));
        assertThrows(ArithmeticException.class, () -> most.times(2));
    }

    @Test
    void times_is_the_price_of_a_quantity_at_a_unit_price() {
        assertEquals(Money.cny(5997), Money.cny(1999).times(3));
        assertEquals(Money.cny(1999), Money.cny(1999).times(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void quantity_must_be_positive(int quantity) {
        assertThrows(IllegalArgumentException.class, () -> Money.cny(1999).times(quantity));
    }

    @ParameterizedTest(name = "{1}% off {0} fen is a discount of {2} fen")
    @CsvSource({
            "333, 15, 50", // 49.95 rounds up
            "5, 10, 1", // 0.5 rounds up
            "4, 10, 0", // 0.4 rounds down
            "15, 10, 2", // 1.5 rounds up
            "14, 10, 1", // 1.4 rounds down
            "1999, 0, 0",
            "1999, 100, 1999",
            "1000, 25, 250",
    })
    void percent_off_is_the_discount_rounded_half_up_to_the_fen(long amount, int percent, long discount) {
        assertEquals(Money.cny(discount), Money.cny(amount).percentOff(percent));
    }

    @Test
    void percent_off_does_not_overflow_on_large_amounts() {
        assertEquals(Money.cny(Long.MAX_VALUE), Money.cny(Long.MAX_VALUE).percentOff(100));
        assertEquals(Money.cny(Long.MAX_VALUE / 2 + 1), Money.cny(Long.MAX_VALUE).percentOff(50));
    }

    @Test
    void percent_off_keeps_the_currency() {
        assertEquals(Money.of(50, "USD"), Money.of(500, "USD").percentOff(10));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void percent_must_be_between_0_and_100(int percent) {
        assertThrows(IllegalArgumentException.class, () -> Money.cny(1000).percentOff(percent));
    }

    @Test
    void min_is_the_smaller_amount() {
        Money coupon = Money.cny(500);
        Money order = Money.cny(300);

        assertSame(order, coupon.min(order));
        assertSame(order, order.min(coupon));
    }

    @Test
    void amounts_compare_by_size() {
        assertTrue(Money.cny(1).compareTo(Money.cny(2)) < 0);
        assertTrue(Money.cny(2).compareTo(Money.cny(1)) > 0);
        assertEquals(0, Money.cny(2).compareTo(Money.cny(2)));
        assertTrue(Money.cny(-5).compareTo(Money.cny(0)) < 0);
    }

    @Test
    void is_negative_and_is_zero_describe_the_amount() {
        assertTrue(Money.cny(-1).isNegative());
        assertFalse(Money.cny(0).isNegative());
        assertFalse(Money.cny(1).isNegative());
        assertTrue(Money.cny(0).isZero());
        assertFalse(Money.cny(1).isZero());
    }

    @Test
    void one_hundred_points_are_worth_one_yuan() {
        assertEquals(Money.cny(100), Money.fromPoints(100));
        assertEquals(Money.cny(1), Money.fromPoints(1));
        assertEquals(Money.cny(0), Money.fromPoints(0));
        assertEquals(Money.cny(12345), Money.fromPoints(12345));
    }

    @Test
    void negative_points_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> Money.fromPoints(-1));
    }
}
