package shop.order.checkout.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import shop.order.checkout.entity.OrderLine;
import shop.order.checkout.entity.Totals;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * Prices an order from the catalog's current prices, never from the client. Lines asking for
 * the same SKU are merged (at most 999 units of one SKU). Discounts, shipping and points are
 * zero here; their rules join this calculation with the cart and promotions.
 */
public final class OrderPricing {

    /** The most units of one SKU an order may hold (CONTRACT.md: quantity 1 to 999). */
    public static final int MAX_QUANTITY = 999;

    private OrderPricing() {
    }

    /** What the shopper asks for. */
    public record Wanted(String skuId, int quantity) {
    }

    /** What the catalog sells a SKU for, with the snapshot the order keeps. */
    public record Offer(String skuId, String productId, String productName, String specsJson, String image, long price,
            String currency) {
    }

    /** The priced order. */
    public record Priced(String currency, List<OrderLine> lines, Totals totals) {
    }

    /** The wanted quantities per SKU, merged, in the order first asked. */
    public static Map<String, Integer> merge(List<Wanted> wanted) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (Wanted w : wanted) {
            int total = quantities.merge(w.skuId(), w.quantity(), Integer::sum);
            if (total > MAX_QUANTITY) {
                throw ProblemException.invalid("items", "at most " + MAX_QUANTITY + " units of one SKU");
            }
        }
        return quantities;
    }

    /**
     * Prices the merged quantities. A SKU without an offer is not for sale: 422
     * {@code INVALID_REFERENCE} naming it.
     */
    public static Priced price(Map<String, Integer> quantities, Map<String, Offer> offers, Supplier<String> lineIds) {
        List<String> missing = quantities.keySet().stream().filter(sku -> !offers.containsKey(sku)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "Not for sale: " + String.join(", ", missing) + ".");
        }
        String currency = offers.get(quantities.keySet().iterator().next()).currency();
        List<OrderLine> lines = new ArrayList<>();
        long items = 0;
        for (Map.Entry<String, Integer> wanted : quantities.entrySet()) {
            Offer offer = offers.get(wanted.getKey());
            if (!offer.currency().equals(currency)) {
                throw new ProblemException(ErrorCode.INVALID_REFERENCE, "An order is paid in one currency.");
            }
            OrderLine line = new OrderLine(lineIds.get(), offer.skuId(), offer.productId(), offer.productName(), offer.specsJson(),
                    offer.image(), offer.price(), wanted.getValue());
            lines.add(line);
            items = Math.addExact(items, line.amount());
        }
        return new Priced(currency, lines, new Totals(items, 0, 0, 0));
    }
}
