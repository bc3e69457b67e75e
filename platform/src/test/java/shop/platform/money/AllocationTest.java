package shop.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void discount_is_spread_over_lines_in_proportion_with_the_remainder_on_the_last_line() {
        assertEquals(cny(33, 33, 34), Allocation.allocate(Money.cny(100), cny(1, 1, 1)));
    }

    @Test
    void discount_that_divides_evenly_follows_the_proportion_exactly() {
        assertEquals(cny(300, 700), Allocation.allocate(Money.cny(1000), cny(3000, 7000)));
    }

    @Test
    void when_every_line_is_zero_the_last_line_takes_everything() {
        assertEquals(cny(0, 7), Allocation.allocate(Money.cny(7), cny(0, 0)));
    }

    @Test
    void a_single_line_takes_the_whole_discount() {
        assertEquals(cny(250), Allocation.allocate(Money.cny(250), cny(1999)));
    }

    @Test
    void a_zero_discount_gives_every_line_zero() {
        assertEquals(cny(0, 0, 0), Allocation.allocate(Money.cny(0), cny(100, 200, 300)));
    }

    @Test
    void a_zero_line_before_the_last_gets_no_share() {
        assertEquals(cny(0, 10, 20), Allocation.allocate(Money.cny(30), cny(0, 100, 200)));
    }

    @Test
    void each_share_is_rounded_down_and_the_last_line_absorbs_the_difference() {
        // exact shares: 33.33.., 66.66.., 100 -> floor 33, 66, remainder 101
        assertEquals(cny(33, 66, 101), Allocation.allocate(Money.cny(200), cny(100, 200, 300)));
    }

    @Test
    void shares_always_add_up_to_exactly_the_total() {
        Random random = new Random(42);
        for (int round = 0; round < 1_000; round++) {
            List<Money> parts = new ArrayList<>();
            int lines = 1 + random.nextInt(8);
            for (int i = 0; i < lines; i++) {
                parts.add(Money.cny(random.nextInt(100_000)));
            }
            Money total = Money.cny(random.nextInt(100_000));

            long sum = Allocation.allocate(total, parts).stream().mapToLong(Money::amount).sum();

            assertEquals(total.amount(), sum, () -> "total " + total + " over " + parts);
        }
    }

    @Test
    void amounts_too_large_to_multiply_in_a_long_are_allocated_exactly() {
        long huge = Long.MAX_VALUE / 2;
        List<Money> shares = Allocation.allocate(Money.cny(huge), cny(huge, huge));

        // total * part overflows a long, yet each share is half of the total
        assertEquals(cny(huge / 2, huge - huge / 2), shares);
    }

    @Test
    void shares_are_in_the_currency_of_the_total() {
        List<Money> shares = Allocation.allocate(Money.of(10, "USD"), List.of(Money.of(1, "USD"), Money.of(1, "USD")));

        assertEquals(List.of(Money.of(5, "USD"), Money.of(5, "USD")), shares);
    }

    @Test
    void there_must_be_at_least_one_line() {
        assertThrows(IllegalArgumentException.class, () -> Allocation.allocate(Money.cny(100), List.of()));
    }

    @Test
    void lines_in_another_currency_are_refused() {
        List<Money> mixed = List.of(Money.cny(100), Money.of(100, "USD"));

        assertThrows(IllegalArgumentException.class, () -> Allocation.allocate(Money.cny(10), mixed));
    }

    @Test
    void negative_lines_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> Allocation.allocate(Money.cny(10), cny(100, -1)));
    }

    @Test
    void a_negative_total_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Allocation.allocate(Money.cny(-10), cny(100, 100)));
    }

    private static List<Money> cny(long... amounts) {
        List<Money> money = new ArrayList<>();
        for (long amount : amounts) {
            money.add(Money.cny(amount));
        }
        return money;
    }
}
