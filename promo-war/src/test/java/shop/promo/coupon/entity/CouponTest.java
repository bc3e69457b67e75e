package shop.promo.coupon.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import shop.platform.problem.ProblemException;
import shop.promo.pricing.entity.CouponOffer;
import shop.promo.pricing.entity.PromotionStatus;
import shop.promo.pricing.entity.Scope;

class CouponTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 11, 0, 0, 0, 0, ZoneOffset.ofHours(8));

    static CouponTemplate template(CouponOffer.Type type, long threshold, long discount, Long cap) {
        return CouponTemplate.issue("t1", "双11券", type, threshold, discount, cap, "CNY", Scope.WHOLE_SHOP, false, NOW.minusDays(1),
                NOW.plusDays(1), 100, 2, "op", NOW);
    }

    @Test
    void a_coupon_is_locked_by_one_order_then_used_or_released() {
        Coupon coupon = Coupon.claimed("c1", template(CouponOffer.Type.FIXED, 0, 500, null), "u1", NOW);
        assertTrue(coupon.usableAt(NOW));
        coupon.lock("o1", NOW);
        assertEquals(CouponStatus.LOCKED, coupon.status());
        assertFalse(coupon.usableAt(NOW), "a locked coupon is not offered again");
        assertThrows(IllegalStateException.class, () -> coupon.lock("o2", NOW));
        assertFalse(coupon.release("o2"), "only the order that locked it releases it");
        assertFalse(coupon.use("o2", NOW));
        assertTrue(coupon.use("o1", NOW));
        assertFalse(coupon.use("o1", NOW), "used once");
        assertFalse(coupon.release("o1"), "a used coupon is not released by a late compensation");
        assertEquals(CouponStatus.USED, coupon.status());
    }

    @Test
    void a_full_refund_gives_a_used_coupon_back_only_while_its_template_allows() {
        CouponTemplate template = template(CouponOffer.Type.FIXED, 0, 500, null);
        Coupon coupon = Coupon.claimed("c1", template, "u1", NOW);
        coupon.lock("o1", NOW);
        coupon.use("o1", NOW);
        assertFalse(coupon.giveBack("o1", NOW.plusDays(2)), "expired: it stays used");
        assertFalse(coupon.giveBack("o2", NOW), "another order's refund");
        assertTrue(coupon.giveBack("o1", NOW));
        assertEquals(CouponStatus.AVAILABLE, coupon.status());
        assertEquals(null, coupon.orderId());
    }

    @Test
    void an_available_coupon_reads_expired_after_its_window_or_once_its_template_ended() {
        CouponTemplate template = template(CouponOffer.Type.FIXED, 0, 500, null);
        Coupon coupon = Coupon.claimed("c1", template, "u1", NOW);
        assertEquals(CouponStatus.AVAILABLE, coupon.statusAt(NOW));
        assertEquals(CouponStatus.EXPIRED, coupon.statusAt(NOW.plusDays(1)));
        template.become(PromotionStatus.PAUSED, NOW);
        assertEquals(CouponStatus.AVAILABLE, coupon.statusAt(NOW), "pausing stops claims, not use");
        template.become(PromotionStatus.ENDED, NOW);
        assertEquals(CouponStatus.EXPIRED, coupon.statusAt(NOW));
        assertThrows(ProblemException.class, () -> template.become(PromotionStatus.ACTIVE, NOW), "ended is for good");
    }

    @Test
    void templates_with_nonsense_terms_are_refused() {
        assertThrows(ProblemException.class, () -> template(CouponOffer.Type.PERCENT, 0, 100, null));
        assertThrows(ProblemException.class, () -> template(CouponOffer.Type.THRESHOLD, 0, 100, null));
        assertThrows(ProblemException.class, () -> template(CouponOffer.Type.FIXED, 0, 100, 50L));
        assertThrows(ProblemException.class, () -> template(CouponOffer.Type.THRESHOLD, 1000, 1000, null));
        assertEquals("双11券（满100享9折，最高减20）", template(CouponOffer.Type.PERCENT, 10000, 10, 2000L).offer("c").label());
    }
}
