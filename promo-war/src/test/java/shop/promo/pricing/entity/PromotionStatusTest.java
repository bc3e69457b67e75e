package shop.promo.pricing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Operators' actions on templates and rules, and which of them are allowed. */
class PromotionStatusTest {

    @Test
    void each_action_leads_to_its_status() {
        assertEquals(PromotionStatus.PAUSED, PromotionStatus.after("pause"));
        assertEquals(PromotionStatus.ACTIVE, PromotionStatus.after("resume"));
        assertEquals(PromotionStatus.ENDED, PromotionStatus.after("end"));
        assertThrows(IllegalArgumentException.class, () -> PromotionStatus.after("delete"));
    }

    @Test
    void pause_and_resume_until_ended_and_nothing_after() {
        assertTrue(PromotionStatus.ACTIVE.canBecome(PromotionStatus.PAUSED));
        assertTrue(PromotionStatus.PAUSED.canBecome(PromotionStatus.ACTIVE));
        assertTrue(PromotionStatus.PAUSED.canBecome(PromotionStatus.ENDED));
        assertFalse(PromotionStatus.ACTIVE.canBecome(PromotionStatus.ACTIVE), "resuming what runs is refused");
        assertFalse(PromotionStatus.ENDED.canBecome(PromotionStatus.ACTIVE));
        assertFalse(PromotionStatus.ENDED.canBecome(PromotionStatus.ENDED));
    }
}
