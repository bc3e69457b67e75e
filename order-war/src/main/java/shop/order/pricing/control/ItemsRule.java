package shop.order.pricing.control;

import jakarta.enterprise.context.ApplicationScoped;
import shop.order.pricing.entity.BasketLine;
import shop.order.pricing.entity.Quote;

/** The goods: each line's unit price at the catalog's current price times its quantity. */
@ApplicationScoped
public class ItemsRule implements PricingRule {

    @Override
    public int position() {
        return ITEMS;
    }

    @Override
    public void apply(Quote quote) {
        String flash = quote.basket().flashSaleId() != null ? "秒杀 " : quote.basket().giftOfferId() != null ? "积分兑换 " : "";
        for (BasketLine line : quote.basket().lines()) {
            quote.addItems("items", flash + line.productName() + " x" + line.quantity(), line.amount());
        }
    }
}
