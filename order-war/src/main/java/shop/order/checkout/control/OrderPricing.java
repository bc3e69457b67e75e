package shop.order.checkout.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import shop.order.checkout.entity.OrderLine;
import shop.order.checkout.entity.Totals;
import shop.order.pricing.entity.Basket;
import shop.order.pricing.entity.BasketLine;
import shop.order.pricing.entity.Quote;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * Turns what the shopper asks for into a basket at the catalog's current prices, never the
 * client's, and a priced quote into the order's lines and totals. Lines asking for the same SKU
 * are merged (at most 999 units of one SKU).
 */
public final class OrderPricing {

    /** The most units of one SKU an order may hold (CONTRACT.md: quantity 1 to 999). */
    public static final int MAX_QUANTITY = 999;

    private OrderPricing() {
    }

    /** What the shopper asks for. */
    public record Wanted(String skuId, int quantity) {
    }

    /**
     * What the catalog sells a SKU for, with the snapshot the order keeps, its shipping weight
     * (0: unknown) and its product's category path from the root.
     */
    public record Offer(String skuId, String productId, String productName, String specsJson, String image, long price,
            String currency, int weightGrams, List<String> categoryPath) {

        public Offer {
            categoryPath = List.copyOf(categoryPath == null ? List.of() : categoryPath);
        }

        /** The same SKU at another price (a flash sale's). */
        public Offer at(long salePrice) {
            return new Offer(skuId, productId, productName, specsJson, image, salePrice, currency, weightGrams, categoryPath);
        }
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
     * The basket of the merged quantities at the offered prices, shipping to {@code province}. A
     * SKU without an offer is not for sale: 422 {@code INVALID_REFERENCE} naming it.
     */
    public static Basket basket(Map<String, Integer> quantities, Map<String, Offer> offers, String province) {
        List<String> missing = quantities.keySet().stream().filter(sku -> !offers.containsKey(sku)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "Not for sale: " + String.join(", ", missing) + ".");
        }
        String currency = offers.get(quantities.keySet().iterator().next()).currency();
        List<BasketLine> lines = new ArrayList<>();
        for (Map.Entry<String, Integer> wanted : quantities.entrySet()) {
            Offer offer = offers.get(wanted.getKey());
            if (!offer.currency().equals(currency)) {
                throw new ProblemException(ErrorCode.INVALID_REFERENCE, "An order is paid in one currency.");
            }
            lines.add(new BasketLine(offer.skuId(), offer.productId(), offer.productName(), offer.specsJson(), offer.image(),
                    offer.price(), offer.currency(), offer.weightGrams(), wanted.getValue(), offer.categoryPath()));
        }
        return new Basket(lines, province);
    }

    /** The order's lines: the quote's basket as it is now, so later catalog edits change nothing. */
    public static List<OrderLine> lines(Quote quote, Supplier<String> lineIds) {
        return quote.basket().lines().stream().map(l -> new OrderLine(lineIds.get(), l.skuId(), l.productId(), l.productName(),
                l.specsJson(), l.image(), l.unitPrice(), l.quantity())).toList();
    }

    /** The order's totals as the quote priced them. */
    public static Totals totals(Quote quote) {
        return new Totals(quote.items(), quote.discount(), quote.shipping(), quote.points());
    }
}
