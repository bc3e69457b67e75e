package shop.user.points.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class PointsHoldTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-29T10:00:00+08:00");

    private static String show(List<PointsHold.Share> shares) {
        return shares.stream().map(s -> s.lotId() + ":" + s.points()).toList().toString();
    }

    @Test
    void parts_given_back_one_after_another_walk_the_lots_and_never_give_back_a_point_twice() {
        // Shares as taken (soonest expiring first); walked in lot order whatever order they load in.
        PointsHold hold = PointsHold.held("lra-1", "u1", "order-1",
                List.of(new PointsHold.Share("lot-b", 200), new PointsHold.Share("lot-a", 300)), NOW);
        assertEquals(500, hold.points());

        assertEquals("[lot-a:100]", show(hold.giveBack(100)));
        assertEquals("[lot-a:200, lot-b:50]", show(hold.giveBack(250)));
        assertFalse(hold.allGivenBack());
        assertEquals(350, hold.returned());
        assertEquals("[lot-b:150]", show(hold.giveBack(1_000)), "never more than is left");
        assertTrue(hold.allGivenBack());
        assertEquals("[]", show(hold.giveBack(5)));
        assertEquals(500, hold.returned());
    }

    @Test
    void all_at_once_is_every_share() {
        PointsHold hold = PointsHold.held("lra-2", "u1", "order-2",
                List.of(new PointsHold.Share("lot-a", 70), new PointsHold.Share("lot-c", 30)), NOW);
        assertEquals("[lot-a:70, lot-c:30]", show(hold.giveBack(hold.points())));
        assertTrue(hold.allGivenBack());
    }
}
