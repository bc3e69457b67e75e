package shop.promo.flashsale.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

class FlashSaleTest {

    static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 11, 20, 0, 0, 0, ZoneOffset.ofHours(8));

    static FlashSale sale() {
        return FlashSale.open("f1", "s1", "p1", "手机", 99900, 599900, "CNY", 100, 1, START, START.plusHours(1), "op", START.minusDays(1));
    }

    @Test
    void the_window_decides_what_a_take_is_told() {
        FlashSale sale = sale();
        assertEquals(ErrorCode.NOT_STARTED, sale.outsideWindow(START.minusSeconds(1)).problem().code());
        assertTrue(sale.outsideWindow(START.minusSeconds(1)).getMessage().contains("2026-11-11T20:00+08:00"), "names the start");
        assertNull(sale.outsideWindow(START));
        assertEquals(FlashSale.Phase.ON_SALE, sale.phaseAt(START));
        assertEquals(ErrorCode.ENDED, sale.outsideWindow(START.plusHours(1)).problem().code());
        assertEquals(FlashSale.Phase.UPCOMING, sale.phaseAt(START.minusMinutes(1)));
        sale.end(START.plusMinutes(5));
        assertEquals(FlashSale.Phase.ENDED, sale.phaseAt(START.plusMinutes(6)));
        assertThrows(ProblemException.class, () -> sale.end(START.plusMinutes(7)));
    }

    @Test
    void nonsense_sales_are_refused() {
        assertThrows(ProblemException.class, () -> FlashSale.open("f", "s", "p", "n", 599900, 599900, "CNY", 10, 1, START, START.plusHours(1),
                "op", START), "the price must be below the SKU's");
        assertThrows(ProblemException.class, () -> FlashSale.open("f", "s", "p", "n", 100, 599900, "CNY", 10, 11, START, START.plusHours(1),
                "op", START), "a shopper's limit above the quantity");
        assertThrows(ProblemException.class, () -> FlashSale.open("f", "s", "p", "n", 100, 599900, "CNY", 10, 1, START, START,
                "op", START), "an empty window");
        assertThrows(ProblemException.class, () -> FlashSale.open("f", "s", "p", "n", 100, 599900, "CNY", 10, 1, START.minusHours(2),
                START.minusHours(1), "op", START), "a window already over");
    }

    @Test
    void a_take_is_held_once_then_sold_or_given_back_once() {
        FlashSaleTake take = FlashSaleTake.taken("t1", "f1", "u1", 1, 99900, START);
        assertTrue(take.hold("lra1", "o1"));
        assertFalse(take.hold("lra2", "o2"), "one saga holds a take");
        assertTrue(take.sell(START));
        assertFalse(take.giveBack(START), "sold units never go back to the quota");
        FlashSaleTake unpaid = FlashSaleTake.taken("t2", "f1", "u2", 1, 99900, START);
        unpaid.hold("lra3", "o3");
        assertTrue(unpaid.giveBack(START));
        assertFalse(unpaid.giveBack(START), "given back once");
        assertFalse(unpaid.sell(START));
    }
}
