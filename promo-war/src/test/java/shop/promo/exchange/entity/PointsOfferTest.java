package shop.promo.exchange.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

class PointsOfferTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-29T10:00:00+08:00");

    private static PointsOffer gift(int quantity, int perUser) {
        return PointsOffer.gift("o", "保温杯", "sku", "product", quantity, perUser, 5_000, "operator", NOW);
    }

    @Test
    void a_gift_is_taken_while_units_are_left_and_the_shopper_is_under_the_limit() {
        PointsOffer offer = gift(2, 2);
        offer.takeGift(0, NOW);
        offer.takeGift(1, NOW);
        assertEquals(0, offer.remaining());
        ProblemException soldOut = assertThrows(ProblemException.class, () -> offer.takeGift(0, NOW));
        assertEquals(ErrorCode.SOLD_OUT, soldOut.problem().code());
    }

    @Test
    void a_shopper_at_the_limit_is_refused_and_nothing_is_taken() {
        PointsOffer offer = gift(5, 1);
        offer.takeGift(0, NOW);
        ProblemException over = assertThrows(ProblemException.class, () -> offer.takeGift(1, NOW));
        assertEquals(ErrorCode.CONFLICT, over.problem().code());
        assertEquals(4, offer.remaining());
    }

    @Test
    void a_unit_given_back_is_taken_again_but_never_above_the_quantity() {
        PointsOffer offer = gift(1, 1);
        offer.takeGift(0, NOW);
        offer.giftBack(NOW);
        offer.giftBack(NOW);
        assertEquals(1, offer.remaining());
        offer.takeGift(0, NOW);
        assertEquals(0, offer.remaining());
    }

    @Test
    void a_coupon_offer_has_no_units_and_offers_are_never_free() {
        PointsOffer coupon = PointsOffer.open("c", "5元券", "template", 300, "operator", NOW);
        assertEquals(PointsOffer.Kind.COUPON, coupon.kind());
        assertThrows(IllegalStateException.class, () -> coupon.takeGift(0, NOW));
        assertThrows(IllegalArgumentException.class, () -> PointsOffer.gift("g", "x", "sku", "p", 1, 1, 0, "operator", NOW));
        assertThrows(IllegalArgumentException.class, () -> PointsOffer.gift("g", "x", "sku", "p", 0, 1, 1, "operator", NOW));
    }
}
