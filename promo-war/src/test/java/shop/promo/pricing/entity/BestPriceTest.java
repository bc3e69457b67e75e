package shop.promo.pricing.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import shop.promo.pricing.entity.CouponOffer.Type;
import shop.promo.pricing.entity.RuleOffer.Kind;
import shop.promo.pricing.entity.RuleOffer.Tier;

/**
 * The promotions price calculation as a table of carts. Every expected value was worked out by
 * hand from the Javadoc of {@link BestPrice}, {@link RuleOffer} and {@link CouponOffer} and the
 * money rules of CONTRACT.md (whole percent off, capped by maxDiscount, half up to the fen), not
 * copied from a run. Amounts are fen, written {@code yuan_fen}: {@code 300_00} is 300 yuan.
 *
 * <p>Components are listed as the preview reads them: the rules by id, then the coupon.
 */
class BestPriceTest {

    // Category paths from the root: a scope naming "digital" covers phones and laptops.
    private static final List<String> DIGITAL = List.of("digital");
    private static final List<String> PHONES = List.of("digital", "phones");
    private static final List<String> LAPTOPS = List.of("digital", "laptops");
    private static final List<String> SNACKS = List.of("food", "snacks");
    private static final List<String> BOOKS = List.of("books");

    static Stream<Cart> carts() {
        return Stream.of(
                // ---- nothing live ----------------------------------------------------------
                cart("no rules and no coupons: nothing off")
                        .line("s1", "p-phone", PHONES, 1999_00, 1)
                        .expect(0, null),

                // ---- coupon types ----------------------------------------------------------
                cart("FIXED coupon, whole shop")
                        .line("s1", "p-tea", SNACKS, 50_00, 2)
                        .coupon(fixed("C1", 5_00))
                        .expect(5_00, "C1", part("C1", "无门槛券（减5）", 5_00))
                        .fit("C1", 5_00),
                cart("FIXED coupon worth more than the goods takes off only what they cost")
                        .line("s1", "p-chips", SNACKS, 15_00, 2)
                        .coupon(fixed("C1", 50_00))
                        .expect(30_00, "C1", part("C1", "无门槛券（减50）", 30_00)),
                cart("THRESHOLD coupon, threshold exactly met")
                        .line("s1", "p-phone", PHONES, 60_00, 1)
                        .line("s2", "p-chips", SNACKS, 40_00, 1)
                        .coupon(spend("C1", 100_00, 10_00))
                        .expect(10_00, "C1", part("C1", "满减券（满100减10）", 10_00))
                        .skus("C1", "s1", "s2"),
                cart("THRESHOLD coupon, threshold missed by 1 fen")
                        .line("s1", "p-phone", PHONES, 60_00, 1)
                        .line("s2", "p-chips", SNACKS, 39_99, 1)
                        .coupon(spend("C1", 100_00, 10_00))
                        .expect(0, null)
                        .unfit("C1", "The covered goods come to 99.99 yuan; the coupon needs 100."),
                cart("PERCENT coupon rounds half up: 15% of 3.33 = 0.4995 -> 0.50")
                        .line("s1", "p-gum", SNACKS, 3_33, 1)
                        .coupon(percent("C1", 15))
                        .expect(50, "C1", part("C1", "折扣券（8.5折）", 50)),
                cart("PERCENT coupon rounds below half down: 10% of 12.34 = 1.234 -> 1.23")
                        .line("s1", "p-gum", SNACKS, 12_34, 1)
                        .coupon(percent("C1", 10))
                        .expect(1_23, "C1", part("C1", "折扣券（9折）", 1_23)),
                cart("PERCENT coupon capped by maxDiscount: 20% of 500 = 100 -> 50")
                        .line("s1", "p-phone", PHONES, 250_00, 2)
                        .coupon(percent("C1", 20).upTo(50_00))
                        .expect(50_00, "C1", part("C1", "折扣券（8折，最高减50）", 50_00)),
                cart("PERCENT coupon under its cap: 20% of 200 = 40")
                        .line("s1", "p-phone", PHONES, 200_00, 1)
                        .coupon(percent("C1", 20).upTo(50_00))
                        .expect(40_00, "C1", part("C1", "折扣券（8折，最高减50）", 40_00)),
                cart("PERCENT coupon with a threshold: 10% of 250 = 25 (label not pinned)")
                        .line("s1", "p-phone", PHONES, 250_00, 1)
                        .coupon(percent("C1", 10).from(200_00).upTo(30_00))
                        .expect(25_00, "C1", part("C1", null, 25_00)),

                // ---- coupon scope ----------------------------------------------------------
                cart("coupon on a parent category covers its child; other categories are not covered")
                        .line("s1", "p-phone", PHONES, 3000_00, 1)
                        .line("s2", "p-chips", SNACKS, 20_00, 1)
                        .coupon(spend("C1", 2000_00, 200_00).named("数码券").in("digital"))
                        .expect(200_00, "C1", part("C1", "数码券（满2000减200）", 200_00))
                        .skus("C1", "s1"),
                cart("coupon on a child category covers neither its parent nor a sibling: 60 of 170 covered")
                        .line("s1", "p-phone", PHONES, 60_00, 1)
                        .line("s2", "p-cable", DIGITAL, 30_00, 1)
                        .line("s3", "p-chips", SNACKS, 80_00, 1)
                        .coupon(spend("C1", 100_00, 10_00).in("phones"))
                        .expect(0, null)
                        .unfit("C1", "The covered goods come to 60 yuan; the coupon needs 100."),
                cart("coupon on a product covers every SKU of it: 10% of (75 + 25)")
                        .line("s1", "p-phone", PHONES, 50_00, 1)
                        .line("s2", "p-case", PHONES, 25_00, 3)
                        .line("s3", "p-case", PHONES, 25_00, 1)
                        .coupon(percent("C1", 10).of("p-case"))
                        .expect(10_00, "C1", part("C1", "折扣券（9折）", 10_00))
                        .skus("C1", "s2", "s3"),
                cart("coupon covering nothing in the order")
                        .line("s1", "p-phone", PHONES, 500_00, 1)
                        .coupon(fixed("C1", 5_00).in("books"))
                        .expect(0, null)
                        .unfit("C1", "No goods in this order are covered by the coupon."),

                // ---- rules -----------------------------------------------------------------
                cart("AMOUNT_OFF tiers: 250 reaches 满200减30, not 满300减50")
                        .line("s1", "p-phone", PHONES, 125_00, 2)
                        .rule(off("R1", 100_00, 10_00, 200_00, 30_00, 300_00, 50_00))
                        .expect(30_00, null, part("R1", "满200减30", 30_00))
                        .skus("R1", "s1"),
                cart("AMOUNT_OFF tiers: the top tier exactly met")
                        .line("s1", "p-phone", PHONES, 100_00, 3)
                        .rule(off("R1", 100_00, 10_00, 200_00, 30_00, 300_00, 50_00))
                        .expect(50_00, null, part("R1", "满300减50", 50_00)),
                cart("AMOUNT_OFF: the lowest tier missed by 1 fen")
                        .line("s1", "p-phone", PHONES, 99_99, 1)
                        .rule(off("R1", 100_00, 10_00, 200_00, 30_00))
                        .expect(0, null),
                cart("QUANTITY_PERCENT_OFF: 3 units reach 满3件8.5折, 15% of 99.99 = 14.9985 -> 15")
                        .line("s1", "p-tea", SNACKS, 33_33, 3)
                        .rule(pieces("R1", 2, 10, 3, 15))
                        .expect(15_00, null, part("R1", "满3件8.5折", 15_00)),
                cart("QUANTITY_PERCENT_OFF: 2 units reach 满2件9折, 10% of 77.77 = 7.777 -> 7.78")
                        .line("s1", "p-tea", SNACKS, 33_33, 1)
                        .line("s2", "p-nuts", SNACKS, 44_44, 1)
                        .rule(pieces("R1", 2, 10, 3, 15))
                        .expect(7_78, null, part("R1", "满2件9折", 7_78))
                        .skus("R1", "s1", "s2"),
                cart("QUANTITY_PERCENT_OFF: 1 unit reaches nothing")
                        .line("s1", "p-tea", SNACKS, 33_33, 1)
                        .rule(pieces("R1", 2, 10, 3, 15))
                        .expect(0, null),
                cart("QUANTITY_PERCENT_OFF counts covered units only: 2 snacks (9折), not 3 units (8.5折)")
                        .line("s1", "p-phone", PHONES, 1000_00, 1)
                        .line("s2", "p-chips", SNACKS, 10_00, 2)
                        .rule(pieces("R1", 2, 10, 3, 15).in("food"))
                        .expect(2_00, null, part("R1", "满2件9折", 2_00))
                        .skus("R1", "s2"),
                cart("rule on a category: the cart reaches 130 but the covered phones only 80")
                        .line("s1", "p-phone", PHONES, 80_00, 1)
                        .line("s2", "p-laptop", LAPTOPS, 50_00, 1)
                        .rule(off("R1", 100_00, 10_00).in("phones"))
                        .expect(0, null),
                cart("rule on a product: 10% of 19.99 + 29.99, the cups not covered")
                        .line("s1", "p-tea", SNACKS, 19_99, 1)
                        .line("s2", "p-tea", SNACKS, 29_99, 1)
                        .line("s3", "p-cup", SNACKS, 50_00, 2)
                        .rule(pieces("R1", 2, 10).of("p-tea"))
                        .expect(5_00, null, part("R1", "满2件9折", 5_00))
                        .skus("R1", "s1", "s2"),

                // ---- stacking --------------------------------------------------------------
                // R1 on 450: 40; R2 on the 400 of digital goods, 3 units: 60; the coupon on 450 - 100 = 350: 30.
                cart("two combinable rules and a coupon")
                        .line("s1", "p-phone", PHONES, 200_00, 1)
                        .line("s2", "p-laptop", LAPTOPS, 100_00, 2)
                        .line("s3", "p-book", BOOKS, 50_00, 1)
                        .rule(off("R1", 300_00, 40_00))
                        .rule(pieces("R2", 2, 10, 3, 15).in("digital"))
                        .coupon(spend("C1", 300_00, 30_00))
                        .expect(130_00, "C1", part("R1", "满300减40", 40_00), part("R2", "满3件8.5折", 60_00),
                                part("C1", "满减券（满300减30）", 30_00))
                        .skus("R1", "s1", "s2", "s3").skus("R2", "s1", "s2").skus("C1", "s1", "s2", "s3")
                        .fit("C1", 130_00),
                // R1 + C1 = 40 + 10 = 50 against X1 alone = 100.
                cart("exclusive rule beats combinable rule + coupon")
                        .line("s1", "p-phone", PHONES, 200_00, 2)
                        .rule(off("R1", 300_00, 40_00))
                        .rule(off("X1", 400_00, 100_00).alone())
                        .coupon(fixed("C1", 10_00))
                        .expect(100_00, null, part("X1", "满400减100", 100_00))
                        .fit("C1", 50_00),
                cart("exclusive rule loses to combinable rule + coupon: 45 < 40 + 10")
                        .line("s1", "p-phone", PHONES, 200_00, 2)
                        .rule(off("R1", 300_00, 40_00))
                        .rule(off("X1", 400_00, 45_00).alone())
                        .coupon(fixed("C1", 10_00))
                        .expect(50_00, "C1", part("R1", "满300减40", 40_00), part("C1", "无门槛券（减10）", 10_00)),
                // R1 + C1 = 40 + 30 = 70 against E1 alone = 20% of 400 = 80.
                cart("exclusive coupon beats combinable rule + coupon")
                        .line("s1", "p-phone", PHONES, 200_00, 2)
                        .rule(off("R1", 300_00, 40_00))
                        .coupon(spend("C1", 300_00, 30_00))
                        .coupon(percent("E1", 20).upTo(100_00).alone())
                        .expect(80_00, "E1", part("E1", "折扣券（8折，最高减100）", 80_00))
                        .fit("C1", 70_00).fit("E1", 80_00),
                cart("exclusive coupon loses to combinable rule + coupon: 15% of 400 = 60 < 70")
                        .line("s1", "p-phone", PHONES, 200_00, 2)
                        .rule(off("R1", 300_00, 40_00))
                        .coupon(spend("C1", 300_00, 30_00))
                        .coupon(percent("E1", 15).upTo(100_00).alone())
                        .expect(70_00, "C1", part("R1", "满300减40", 40_00), part("C1", "满减券（满300减30）", 30_00))
                        .fit("C1", 70_00).fit("E1", 60_00),
                // After R1 the goods come to 260 < 280: the coupon alone (50) beats the rule alone (40).
                cart("the rule pushes the coupon below its threshold: skip the rule")
                        .line("s1", "p-phone", PHONES, 300_00, 1)
                        .rule(off("R1", 300_00, 40_00))
                        .coupon(spend("C1", 280_00, 50_00))
                        .expect(50_00, "C1", part("C1", "满减券（满280减50）", 50_00))
                        .fit("C1", 50_00),
                cart("the rule pushes the coupon below its threshold: skip the coupon (30 < 40)")
                        .line("s1", "p-phone", PHONES, 300_00, 1)
                        .rule(off("R1", 300_00, 40_00))
                        .coupon(spend("C1", 280_00, 30_00))
                        .expect(40_00, null, part("R1", "满300减40", 40_00))
                        .fit("C1", 30_00),
                // R1 (40) + R2 (5% of 300 = 15) = 55; R1 + C1: 260 < 270; R2 + C1: 285 >= 270, 15 + 50 = 65.
                cart("two rules push the coupon below: skip the larger rule, keep the smaller one and the coupon")
                        .line("s1", "p-phone", PHONES, 150_00, 2)
                        .rule(off("R1", 300_00, 40_00))
                        .rule(pieces("R2", 2, 5))
                        .coupon(spend("C1", 270_00, 50_00))
                        .expect(65_00, "C1", part("R2", "满2件9.5折", 15_00), part("C1", "满减券（满270减50）", 50_00))
                        .fit("C1", 65_00),
                cart("coupon threshold exactly met after the rule: 300 - 40 = 260")
                        .line("s1", "p-phone", PHONES, 300_00, 1)
                        .rule(off("R1", 300_00, 40_00))
                        .coupon(spend("C1", 260_00, 20_00))
                        .expect(60_00, "C1", part("R1", "满300减40", 40_00), part("C1", "满减券（满260减20）", 20_00)),
                cart("coupon threshold missed by 1 fen after the rule: the rule (40) beats the coupon alone (20)")
                        .line("s1", "p-phone", PHONES, 300_00, 1)
                        .rule(off("R1", 300_00, 40_00))
                        .coupon(spend("C1", 260_01, 20_00))
                        .expect(40_00, null, part("R1", "满300减40", 40_00))
                        .fit("C1", 20_00),
                // R1's 40 is spread 30 on the phone and 10 on the chips; the phone coupon sees 300 - 30 = 270.
                cart("rule share in proportion: a category coupon sees its lines' share only (exactly met)")
                        .line("s1", "p-phone", PHONES, 300_00, 1)
                        .line("s2", "p-chips", SNACKS, 100_00, 1)
                        .rule(off("R1", 400_00, 40_00))
                        .coupon(spend("C1", 270_00, 20_00).in("phones"))
                        .expect(60_00, "C1", part("R1", "满400减40", 40_00), part("C1", "满减券（满270减20）", 20_00))
                        .skus("R1", "s1", "s2").skus("C1", "s1"),
                cart("rule share in proportion: the same coupon missed by 1 fen")
                        .line("s1", "p-phone", PHONES, 300_00, 1)
                        .line("s2", "p-chips", SNACKS, 100_00, 1)
                        .rule(off("R1", 400_00, 40_00))
                        .coupon(spend("C1", 270_01, 20_00).in("phones"))
                        .expect(40_00, null, part("R1", "满400减40", 40_00))
                        .fit("C1", 20_00),
                // The digital rule is spread over the phone and the laptop only ("over those lines"), so
                // the snacks keep their 100 and the snack coupon's threshold is met: 40 + 10.
                cart("a rule's share never lands on a line it does not cover")
                        .line("s1", "p-phone", PHONES, 100_00, 1)
                        .line("s2", "p-laptop", LAPTOPS, 200_00, 1)
                        .line("s3", "p-chips", SNACKS, 100_00, 1)
                        .rule(off("R1", 300_00, 40_00).in("digital"))
                        .coupon(spend("C1", 100_00, 10_00).in("food"))
                        .expect(50_00, "C1", part("R1", "满300减40", 40_00), part("C1", "满减券（满100减10）", 10_00))
                        .skus("R1", "s1", "s2").skus("C1", "s3"),
                // 33.33 - 3 = 30.33; 15% of it = 4.5495 -> 4.55; the coupon alone: 15% of 33.33 = 5.00.
                cart("PERCENT coupon after a rule rounds half up on the goods after the rule")
                        .line("s1", "p-tea", SNACKS, 11_11, 3)
                        .rule(off("R1", 30_00, 3_00))
                        .coupon(percent("C1", 15))
                        .expect(7_55, "C1", part("R1", "满30减3", 3_00), part("C1", "折扣券（8.5折）", 4_55)),

                // ---- tie-breaks ------------------------------------------------------------
                // X1 = 30; R1 + C1 = 10 + 20 = 30: equal, keep the coupon for later.
                cart("tie: equal totals prefer no coupon")
                        .line("s1", "p-phone", PHONES, 200_00, 1)
                        .rule(off("R1", 200_00, 10_00))
                        .rule(off("X1", 200_00, 30_00).alone())
                        .coupon(fixed("C1", 20_00))
                        .expect(30_00, null, part("X1", "满200减30", 30_00))
                        .fit("C1", 30_00),
                // R1 + R2 = 10 + 20 = X1 = 30; "R1,R2" has the smaller ids, but fewer parts come first.
                cart("tie: equal totals without coupon prefer fewer parts")
                        .line("s1", "p-phone", PHONES, 200_00, 1)
                        .rule(off("R1", 200_00, 10_00))
                        .rule(off("R2", 100_00, 20_00))
                        .rule(off("X1", 200_00, 30_00).alone())
                        .expect(30_00, null, part("X1", "满200减30", 30_00)),
                cart("tie: two equal coupons, the smaller id wins")
                        .line("s1", "p-phone", PHONES, 100_00, 1)
                        .coupon(spend("C2", 100_00, 10_00))
                        .coupon(spend("C1", 100_00, 10_00))
                        .expect(10_00, "C1", part("C1", "满减券（满100减10）", 10_00))
                        .fit("C1", 10_00).fit("C2", 10_00),
                cart("tie: two equal exclusive rules, the smaller id wins")
                        .line("s1", "p-phone", PHONES, 200_00, 1)
                        .rule(off("X2", 200_00, 30_00).alone())
                        .rule(off("X1", 200_00, 30_00).alone())
                        .expect(30_00, null, part("X1", "满200减30", 30_00)),

                // ---- the coupon the shopper chose ------------------------------------------
                cart("wanted coupon not applicable: refused with the reason")
                        .line("s1", "p-phone", PHONES, 80_00, 1)
                        .rule(off("R1", 50_00, 5_00))
                        .coupon(spend("C1", 100_00, 10_00))
                        .wants("C1")
                        .expect(0, null)
                        .refused("The covered goods come to 80 yuan; the coupon needs 100.")
                        .unfit("C1", "The covered goods come to 80 yuan; the coupon needs 100."),
                cart("wanted coupon not in the wallet: refused")
                        .line("s1", "p-phone", PHONES, 80_00, 1)
                        .rule(off("R1", 50_00, 5_00))
                        .coupon(fixed("C1", 5_00))
                        .wants("C9")
                        .expect(0, null)
                        .refused(null)
                        .fit("C1", 10_00),
                // Auto: R1 + C2 = 40 + 30 = 70; the shopper chose C1: R1 + C1 = 45.
                cart("wanted coupon applicable but worse than the best: used anyway")
                        .line("s1", "p-phone", PHONES, 150_00, 2)
                        .rule(off("R1", 300_00, 40_00))
                        .coupon(fixed("C1", 5_00))
                        .coupon(spend("C2", 200_00, 30_00))
                        .wants("C1")
                        .expect(45_00, "C1", part("R1", "满300减40", 40_00), part("C1", "无门槛券（减5）", 5_00))
                        .fit("C1", 45_00).fit("C2", 70_00),
                cart("wanted exclusive coupon worse than the rule: used anyway, alone")
                        .line("s1", "p-phone", PHONES, 300_00, 1)
                        .rule(off("R1", 300_00, 40_00))
                        .coupon(fixed("E1", 10_00).alone())
                        .wants("E1")
                        .expect(10_00, "E1", part("E1", "无门槛券（减10）", 10_00)),
                // With R1 the goods come to 260 < 280, so the chosen coupon only works without the rule.
                cart("wanted coupon that only fits without the rule: the rule is dropped")
                        .line("s1", "p-phone", PHONES, 300_00, 1)
                        .rule(off("R1", 300_00, 40_00))
                        .coupon(spend("C1", 280_00, 10_00))
                        .wants("C1")
                        .expect(10_00, "C1", part("C1", "满减券（满280减10）", 10_00))
                        .fit("C1", 10_00),

                // ---- limits ----------------------------------------------------------------
                // After R1 the goods come to 10, so the 20 coupon takes 10: 50 off goods of 50.
                cart("rule + coupon never take off more than the goods")
                        .line("s1", "p-chips", SNACKS, 50_00, 1)
                        .rule(off("R1", 50_00, 40_00))
                        .coupon(fixed("C1", 20_00))
                        .expect(50_00, "C1", part("R1", "满50减40", 40_00), part("C1", "无门槛券（减20）", 10_00)),
                // 40 + 30 = 70 on goods of 50: the discount cannot exceed the goods, so 50 (split not pinned).
                cart("two rules never take off more than the goods")
                        .line("s1", "p-chips", SNACKS, 50_00, 1)
                        .rule(off("R1", 50_00, 40_00))
                        .rule(off("R2", 40_00, 30_00))
                        .expectIds(50_00, null, "R1", "R2"),
                // Nine rules reached (1 to 9 yuan off); only the 8 largest are tried, so R01 (1 yuan)
                // is left out although it has the smallest id; R10 is not reached and takes no place.
                cart("more than 8 combinable rules: only the 8 largest are tried")
                        .line("s1", "p-laptop", LAPTOPS, 1000_00, 1)
                        .rule(off("R05", 100_00, 5_00)).rule(off("R01", 100_00, 1_00)).rule(off("R09", 100_00, 9_00))
                        .rule(off("R02", 100_00, 2_00)).rule(off("R10", 2000_00, 100_00)).rule(off("R07", 100_00, 7_00))
                        .rule(off("R03", 100_00, 3_00)).rule(off("R08", 100_00, 8_00)).rule(off("R04", 100_00, 4_00))
                        .rule(off("R06", 100_00, 6_00))
                        .expect(44_00, null,
                                part("R02", "满100减2", 2_00), part("R03", "满100减3", 3_00), part("R04", "满100减4", 4_00),
                                part("R05", "满100减5", 5_00), part("R06", "满100减6", 6_00), part("R07", "满100减7", 7_00),
                                part("R08", "满100减8", 8_00), part("R09", "满100减9", 9_00)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("carts")
    void chooses_the_combination_that_takes_the_most_off(Cart cart) {
        BestPrice.Result result = BestPrice.choose(cart.lines, cart.rules(), cart.coupons(), cart.wanted);

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(cart.discount, result.discount(), "total discount"));
        checks.add(() -> assertEquals(cart.couponId, result.couponId(), "chosen coupon"));
        checks.add(() -> assertEquals(cart.partIds(), result.components().stream().map(Component::id).toList(), "components"));
        checks.add(() -> {
            for (int i = 0; i < cart.parts.size() && i < result.components().size(); i++) {
                Part want = cart.parts.get(i);
                Component got = result.components().get(i);
                if (want.label() != null) {
                    assertEquals(want.label(), got.label(), "label of " + want.id());
                }
                if (want.amount() >= 0) {
                    assertEquals(want.amount(), got.amount(), "amount of " + want.id());
                }
            }
        });
        // The parts the preview lists add up to the discount, and no more is taken off than the goods cost.
        checks.add(() -> assertEquals(result.discount(), result.components().stream().mapToLong(Component::amount).sum(),
                "components add up to the discount"));
        checks.add(() -> assertTrue(result.discount() <= cart.goods(),
                "discount " + result.discount() + " exceeds the goods " + cart.goods()));
        cart.skus.forEach((id, skus) -> checks.add(() -> assertEquals(skus, result.components().stream()
                .filter(c -> c.id().equals(id)).findFirst().map(Component::skuIds).orElse(null), "SKUs of " + id)));
        if (cart.refused) {
            checks.add(() -> assertNotNull(result.couponRefusal(), "refusal"));
            if (cart.refusal != null) {
                checks.add(() -> assertEquals(cart.refusal, result.couponRefusal(), "refusal"));
            }
        } else {
            checks.add(() -> assertNull(result.couponRefusal(), "refusal"));
        }
        checks.add(() -> assertEquals(cart.coupons.size(), result.coupons().size(), "one fit per coupon"));
        cart.fits.forEach((id, want) -> checks.add(() -> {
            CouponFit got = result.coupons().stream().filter(f -> f.couponId().equals(id)).findFirst()
                    .orElseGet(() -> fail("no fit for " + id));
            assertEquals(want.applicable(), got.applicable(), "fit of " + id + " applicable");
            assertEquals(want.discount(), got.discount(), "fit of " + id + " discount");
            assertEquals(want.reason(), got.reason(), "fit of " + id + " reason");
        }));
        assertAll(checks);
    }

    /** "The same input always gives the same answer": the order rules and coupons arrive in does not matter. */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("carts")
    void the_answer_does_not_depend_on_the_order_of_rules_and_coupons(Cart cart) {
        BestPrice.Result given = BestPrice.choose(cart.lines, cart.rules(), cart.coupons(), cart.wanted);
        BestPrice.Result reversed = BestPrice.choose(cart.lines, reversed(cart.rules()), reversed(cart.coupons()), cart.wanted);

        assertEquals(given, reversed);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    // ---- the table's vocabulary -----------------------------------------------------------------

    static Cart cart(String why) {
        return new Cart(why);
    }

    /** AMOUNT_OFF (满X减Y): pairs of threshold fen, discount fen. */
    static RuleRow off(String id, long... tiers) {
        return new RuleRow(id, Kind.AMOUNT_OFF, tiers);
    }

    /** QUANTITY_PERCENT_OFF (满N件M折): pairs of units, whole percent off. */
    static RuleRow pieces(String id, long... tiers) {
        return new RuleRow(id, Kind.QUANTITY_PERCENT_OFF, tiers);
    }

    static CouponRow fixed(String id, long off) {
        return new CouponRow(id, "无门槛券", Type.FIXED, 0, off);
    }

    static CouponRow spend(String id, long threshold, long off) {
        return new CouponRow(id, "满减券", Type.THRESHOLD, threshold, off);
    }

    static CouponRow percent(String id, long percentOff) {
        return new CouponRow(id, "折扣券", Type.PERCENT, 0, percentOff);
    }

    /** An expected component: label null is not checked. */
    static Part part(String id, String label, long amount) {
        return new Part(id, label, amount);
    }

    record Part(String id, String label, long amount) {
    }

    record Fit(boolean applicable, long discount, String reason) {
    }

    static final class RuleRow {
        private final String id;
        private final Kind kind;
        private final List<Tier> tiers = new ArrayList<>();
        private Set<String> categories = Set.of();
        private Set<String> products = Set.of();
        private boolean exclusive;

        RuleRow(String id, Kind kind, long... pairs) {
            this.id = id;
            this.kind = kind;
            for (int i = 0; i < pairs.length; i += 2) {
                tiers.add(new Tier(pairs[i], pairs[i + 1]));
            }
        }

        RuleRow in(String... categoryIds) {
            categories = Set.of(categoryIds);
            return this;
        }

        RuleRow of(String... productIds) {
            products = Set.of(productIds);
            return this;
        }

        RuleRow alone() {
            exclusive = true;
            return this;
        }

        RuleOffer build() {
            return new RuleOffer(id, "rule " + id, kind, tiers, new Scope(categories, products), exclusive);
        }
    }

    static final class CouponRow {
        private final String id;
        private String name;
        private final Type type;
        private long threshold;
        private final long discount;
        private Long max;
        private Set<String> categories = Set.of();
        private Set<String> products = Set.of();
        private boolean exclusive;

        CouponRow(String id, String name, Type type, long threshold, long discount) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.threshold = threshold;
            this.discount = discount;
        }

        CouponRow named(String newName) {
            name = newName;
            return this;
        }

        CouponRow upTo(long maxDiscount) {
            max = maxDiscount;
            return this;
        }

        CouponRow from(long newThreshold) {
            threshold = newThreshold;
            return this;
        }

        CouponRow in(String... categoryIds) {
            categories = Set.of(categoryIds);
            return this;
        }

        CouponRow of(String... productIds) {
            products = Set.of(productIds);
            return this;
        }

        CouponRow alone() {
            exclusive = true;
            return this;
        }

        CouponOffer build() {
            return new CouponOffer(id, "T-" + id, name, type, threshold, discount, max, new Scope(categories, products), exclusive);
        }
    }

    /** One row: the goods, what is live, what the shopper holds and asks for, and what must come out. */
    static final class Cart {
        private final String why;
        final List<CartLine> lines = new ArrayList<>();
        private final List<RuleRow> ruleRows = new ArrayList<>();
        final List<CouponOffer> coupons = new ArrayList<>();
        String wanted;
        long discount;
        String couponId;
        List<Part> parts = List.of();
        final Map<String, List<String>> skus = new LinkedHashMap<>();
        final Map<String, Fit> fits = new LinkedHashMap<>();
        boolean refused;
        String refusal;

        Cart(String why) {
            this.why = why;
        }

        /** A line of {@code quantity} units at {@code unitPrice} fen. */
        Cart line(String sku, String product, List<String> categoryPath, long unitPrice, int quantity) {
            lines.add(new CartLine(sku, product, categoryPath, unitPrice * quantity, quantity));
            return this;
        }

        Cart rule(RuleRow rule) {
            ruleRows.add(rule);
            return this;
        }

        Cart coupon(CouponRow coupon) {
            coupons.add(coupon.build());
            return this;
        }

        Cart wants(String couponIdWanted) {
            wanted = couponIdWanted;
            return this;
        }

        Cart expect(long expectedDiscount, String expectedCoupon, Part... expectedParts) {
            discount = expectedDiscount;
            couponId = expectedCoupon;
            parts = List.of(expectedParts);
            return this;
        }

        /** Only the components' ids are pinned. */
        Cart expectIds(long expectedDiscount, String expectedCoupon, String... ids) {
            return expect(expectedDiscount, expectedCoupon, Arrays.stream(ids).map(id -> part(id, null, -1)).toArray(Part[]::new));
        }

        Cart skus(String componentId, String... skuIds) {
            skus.put(componentId, List.of(skuIds));
            return this;
        }

        Cart fit(String id, long withDiscount) {
            fits.put(id, new Fit(true, withDiscount, null));
            return this;
        }

        Cart unfit(String id, String reason) {
            fits.put(id, new Fit(false, 0, reason));
            return this;
        }

        /** The wanted coupon is refused; {@code reason} null: only that there is a reason. */
        Cart refused(String reason) {
            refused = true;
            refusal = reason;
            return this;
        }

        List<RuleOffer> rules() {
            return ruleRows.stream().map(RuleRow::build).toList();
        }

        List<CouponOffer> coupons() {
            return List.copyOf(coupons);
        }

        List<String> partIds() {
            return parts.stream().map(Part::id).toList();
        }

        long goods() {
            return lines.stream().mapToLong(CartLine::amount).sum();
        }

        @Override
        public String toString() {
            return why;
        }
    }
}
