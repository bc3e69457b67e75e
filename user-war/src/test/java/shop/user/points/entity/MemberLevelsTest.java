package shop.user.points.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MemberLevelsTest {

    private final MemberLevels levels = MemberLevels.parse("500, 2000,5000,20000");

    @ParameterizedTest(name = "growth {0}: level {1}, next at {2}")
    @CsvSource({
            "0, 1, 500",
            "499, 1, 500",
            "500, 2, 2000",
            "1999, 2, 2000",
            "2000, 3, 5000",
            "19999, 4, 20000",
            "20000, 5, -1",
            "999999, 5, -1"})
    void levelFromGrowth(long growth, int level, long next) {
        assertEquals(level, levels.levelFor(growth));
        assertEquals(next, levels.nextThreshold(growth));
    }

    @Test
    void thresholdsMustAscend() {
        assertThrows(IllegalArgumentException.class, () -> MemberLevels.parse("500,500"));
        assertThrows(IllegalArgumentException.class, () -> MemberLevels.parse("2000,500"));
        assertThrows(IllegalArgumentException.class, () -> MemberLevels.parse("0,500"));
        assertEquals(5, levels.top());
        assertEquals(1, MemberLevels.parse("").top());
    }
}
