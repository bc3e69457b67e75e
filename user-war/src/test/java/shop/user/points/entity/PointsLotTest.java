package shop.user.points.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class PointsLotTest {

    private final OffsetDateTime now = OffsetDateTime.parse("2026-11-28T10:00:00+08:00");

    private PointsLot lot(long points) {
        return PointsLot.earned("l1", "a1", PointsLot.Source.ORDER, "o1", points, now, now.plusDays(365));
    }

    @Test
    void takesAtMostWhatIsLeftWhileValid() {
        PointsLot lot = lot(300);
        assertEquals(200, lot.take(200, now));
        assertEquals(100, lot.take(500, now));
        assertEquals(0, lot.take(1, now));
        lot.giveBack(250);
        assertEquals(250, lot.remaining());
        assertThrows(IllegalStateException.class, () -> lot.giveBack(51), "never more than it was earned with");
        assertEquals(0, lot.take(10, now.plusDays(365)), "nothing is taken from an expired lot");
    }

    @Test
    void expiresWhatIsLeftOnlyOnceItsTimeIsOver() {
        PointsLot lot = lot(300);
        lot.take(120, now);
        assertEquals(0, lot.expire(now.plusDays(364)));
        assertEquals(180, lot.expire(now.plusDays(365)));
        assertEquals(0, lot.remaining());
        assertEquals(0, lot.expire(now.plusDays(366)), "expires once");
    }

    @Test
    void revokesOnlyWhatIsLeft() {
        PointsLot lot = lot(300);
        lot.take(250, now);
        assertEquals(50, lot.revoke(100), "points already spent stay spent");
        assertEquals(0, lot.remaining());
        assertEquals(0, lot.revoke(-5));
    }

    @Test
    void aLotHoldsPointsAndExpiresLater() {
        assertThrows(IllegalArgumentException.class, () -> lot(0));
        assertThrows(IllegalArgumentException.class, () -> PointsLot.earned("l", "a", PointsLot.Source.GRANT, "g", 5, now, now));
    }

    @Test
    void aHoldIsSpentOrReturnedOnceAndOnlySpentOnesComeBackByRefund() {
        PointsHold hold = PointsHold.held("lra1", "a1", "o1", List.of(new PointsHold.Share("l1", 30), new PointsHold.Share("l2", 70)), now);
        assertEquals(100, hold.points());
        assertTrue(hold.sameRequest("a1", "o1", 100));
        assertFalse(hold.sameRequest("a1", "o1", 99));
        assertTrue(hold.end(PointsHold.State.SPENT, now));
        assertFalse(hold.end(PointsHold.State.SPENT, now), "a repeated complete changes nothing");
        assertTrue(hold.end(PointsHold.State.RETURNED, now), "a refund of the paid order returns them");
        assertFalse(hold.end(PointsHold.State.RETURNED, now));
        assertNull(PointsHold.State.RETURNED.after(PointsHold.State.SPENT));
        assertNull(PointsHold.State.HELD.after(PointsHold.State.HELD));
    }

    @Test
    void theBalanceNeverGoesNegative() {
        Membership membership = Membership.of("a1", now);
        membership.changePoints(100, now);
        assertThrows(IllegalStateException.class, () -> membership.changePoints(-101, now));
        membership.grow(-50, now);
        assertEquals(0, membership.growth(), "growth stops at zero");
    }
}
