package shop.order.pricing.entity;

import java.util.List;

/** What is being priced: lines in one currency, and the province it ships to (null when not chosen yet). */
public record Basket(List<BasketLine> lines, String province) {

    public Basket {
        lines = List.copyOf(lines);
    }

    public String currency() {
        return lines.isEmpty() ? "CNY" : lines.get(0).currency();
    }
}
