package shop.order.checkout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An order's money in fen: {@code payable = items - discount + shipping - points}, never
 * negative, as the price calculation ({@code shop.order.pricing}) quoted it at checkout.
 */
@Embeddable
public class Totals {

    @Column(name = "items_total")
    private long items;

    private long discount;

    private long shipping;

    @Column(name = "points_value")
    private long points;

    private long payable;

    protected Totals() {
    }

    public Totals(long items, long discount, long shipping, long points) {
        if (items < 0 || discount < 0 || shipping < 0 || points < 0) {
            throw new IllegalArgumentException("order amounts cannot be negative");
        }
        this.items = items;
        this.discount = discount;
        this.shipping = shipping;
        this.points = points;
        this.payable = Math.max(0, Math.addExact(Math.subtractExact(items, discount), shipping) - points);
    }

    public long items() { return items; }
    public long discount() { return discount; }
    public long shipping() { return shipping; }
    public long points() { return points; }
    public long payable() { return payable; }
}
