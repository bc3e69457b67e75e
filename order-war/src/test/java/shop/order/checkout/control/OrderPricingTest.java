package shop.order.checkout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import shop.order.checkout.control.OrderPricing.Offer;
import shop.order.checkout.control.OrderPricing.Wanted;
import shop.order.checkout.entity.OrderLine;
import shop.order.checkout.entity.Totals;
import shop.order.pricing.control.ItemsRule;
import shop.order.pricing.control.PriceCalculation;
import shop.order.pricing.entity.Quote;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

class OrderPricingTest {

    private final AtomicInteger ids = new AtomicInteger();

    private static Offer offer(String sku, long price) {
        return new Offer(sku, "p-" + sku, "Product " + sku, "{}", null, price, "CNY", 0, List.of("c1", "c2", "c3"));
    }

    private static Quote quote(Map<String, Integer> quantities, Map<String, Offer> offers) {
        return PriceCalculation.of(List.of(new ItemsRule())).quote(OrderPricing.basket(quantities, offers, null));
    }

    @Test
    void lines_are_priced_from_the_catalog_and_summed() {
        Quote quote = quote(OrderPricing.merge(List.of(new Wanted("a", 2), new Wanted("b", 1))),
                Map.of("a", offer("a", 26900), "b", offer("b", 99)));
        List<OrderLine> lines = OrderPricing.lines(quote, () -> "line-" + ids.incrementAndGet());
        Totals totals = OrderPricing.totals(quote);
        assertEquals(2, lines.size());
        assertEquals(53800, lines.get(0).amount());
        assertEquals("line-1", lines.get(0).lineId());
        assertEquals(53899, totals.items());
        assertEquals(53899, totals.payable());
        assertEquals(0, totals.discount() + totals.shipping() + totals.points());
        assertEquals("CNY", quote.currency());
    }

    @Test
    void lines_for_the_same_sku_are_merged_in_the_order_first_asked() {
        Map<String, Integer> merged = OrderPricing.merge(List.of(new Wanted("b", 1), new Wanted("a", 2), new Wanted("b", 3)));
        assertEquals(List.of("b", "a"), List.copyOf(merged.keySet()));
        assertEquals(4, merged.get("b"));
    }

    @Test
    void more_than_999_units_of_one_sku_are_refused_even_across_lines() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> OrderPricing.merge(List.of(new Wanted("a", 500), new Wanted("a", 500))));
        assertEquals(ErrorCode.VALIDATION_FAILED, refused.problem().code());
        assertEquals(999, OrderPricing.merge(List.of(new Wanted("a", 998), new Wanted("a", 1))).get("a"));
    }

    @Test
    void a_sku_not_for_sale_is_an_invalid_reference_naming_it() {
        ProblemException refused = assertThrows(ProblemException.class, () -> OrderPricing.basket(
                OrderPricing.merge(List.of(new Wanted("a", 1), new Wanted("gone", 1))), Map.of("a", offer("a", 100)), null));
        assertEquals(ErrorCode.INVALID_REFERENCE, refused.problem().code());
        assertEquals(true, refused.problem().detail().contains("gone"));
    }

    @Test
    void the_largest_order_does_not_overflow() {
        assertEquals(999L * 99_999_999, OrderPricing.totals(quote(Map.of("a", 999), Map.of("a", offer("a", 99_999_999)))).payable());
    }
}
