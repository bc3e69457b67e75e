package shop.payment.provider.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YuanTest {

    @Test
    void yuan_strings_convert_to_fen_exactly() {
        assertEquals(1, Yuan.toFen("0.01"));
        assertEquals(8880, Yuan.toFen("88.8"));
        assertEquals(8888, Yuan.toFen("88.88"));
        assertEquals(100_000_000, Yuan.toFen("1000000"));
        assertEquals(100_000_000, Yuan.toFen("1000000.00"));
        assertEquals(0, Yuan.toFen("0.00"));
        assertEquals(-1000, Yuan.toFen("-10.00"), "statements may write refunds negative");
        // 0.29 * 100 is 28.999999999999996 as a double: the reason for BigDecimal.
        assertEquals(29, Yuan.toFen("0.29"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.005", "0.001", "1E+6", "1e6", "+5", "", " 1.00", "1,00", "1.", ".5", "abc", "9999999999999999"})
    void anything_but_a_plain_amount_with_two_decimals_is_refused(String yuan) {
        assertThrows(IllegalArgumentException.class, () -> Yuan.toFen(yuan));
    }

    @Test
    void null_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Yuan.toFen(null));
    }

    @Test
    void fen_are_written_in_yuan_with_two_decimals() {
        assertEquals("0.01", Yuan.of(1));
        assertEquals("88.80", Yuan.of(8880));
        assertEquals("1000000.00", Yuan.of(100_000_000));
        assertEquals("0.00", Yuan.of(0));
    }
}
