package shop.order.cart.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import shop.order.cart.entity.CartItem;
import shop.order.checkout.control.CatalogOffers;
import shop.order.checkout.control.OrderPricing;
import shop.order.checkout.control.OrderPricing.Offer;
import shop.order.pricing.control.PriceCalculation;
import shop.order.pricing.control.QuoteJson;
import shop.order.pricing.entity.Basket;
import shop.order.pricing.entity.Quote;
import shop.platform.json.Jsons;
import shop.platform.web.Texts;

/**
 * The cart as the shopper sees it (CONTRACT.md): each line at the catalog's current price with
 * its stock state, and the totals of the selected lines that can be bought, priced by the same
 * calculation as checkout.
 */
@ApplicationScoped
public class CartView {

    @Inject
    ShoppingCart cart;

    @Inject
    CatalogOffers offers;

    @Inject
    @RestClient
    StockClient stock;

    @Inject
    PriceCalculation calculation;

    /** The SKUs and quantities checkout takes from the cart: selected lines that are for sale, in cart order. */
    public Map<String, Integer> selected(String userId) {
        Map<String, Integer> selected = new LinkedHashMap<>();
        cart.of(userId).stream().filter(CartItem::selected).forEach(i -> selected.put(i.skuId(), i.quantity()));
        return selected;
    }

    public JsonObject of(String userId) {
        List<CartItem> items = cart.of(userId);
        List<String> skuIds = items.stream().map(CartItem::skuId).toList();
        Map<String, Offer> onSale = offers.of(skuIds);
        Map<String, Integer> available = new HashMap<>();
        if (!skuIds.isEmpty()) {
            for (JsonValue value : stock.of(skuIds)) {
                available.put(value.asJsonObject().getString("skuId"), value.asJsonObject().getInt("available"));
            }
        }
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        Map<String, Integer> payable = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (CartItem item : items) {
            Offer offer = onSale.get(item.skuId());
            Integer units = available.get(item.skuId());
            boolean canBuy = offer != null && (units == null || units >= item.quantity());
            JsonObjectBuilder line = Jsons.createObjectBuilder()
                    .add("skuId", item.skuId())
                    .add("quantity", item.quantity())
                    .add("selected", item.selected())
                    .add("available", canBuy)
                    .add("stock", units == null ? JsonValue.NULL : Jsons.createValue(units));
            if (offer == null) {
                missing.add(item.skuId());
                line.add("productId", JsonValue.NULL).add("name", JsonValue.NULL).add("specs", JsonValue.EMPTY_JSON_OBJECT)
                        .add("price", JsonValue.NULL).add("currency", JsonValue.NULL).add("reason", "NOT_FOR_SALE");
            } else {
                line.add("productId", offer.productId()).add("name", offer.productName())
                        .add("specs", Texts.parseJson(offer.specsJson()))
                        .add("image", offer.image() == null ? JsonValue.NULL : Jsons.createValue(offer.image()))
                        .add("price", offer.price()).add("currency", offer.currency());
                if (!canBuy) {
                    line.add("reason", "OUT_OF_STOCK");
                }
            }
            lines.add(line);
            if (item.selected() && canBuy) {
                payable.put(item.skuId(), item.quantity());
            }
        }
        // Priced for the shopper: the best of their coupons shows, as checkout would choose it.
        Quote quote = calculation.quote(payable.isEmpty() ? new Basket(List.of(), null)
                : OrderPricing.basket(payable, onSale, null).forShopper(userId, null));
        return Jsons.createObjectBuilder()
                .add("items", lines)
                .add("totals", QuoteJson.totals(quote))
                .add("currency", quote.currency())
                .add("adjustments", QuoteJson.adjustments(quote))
                .add("couponId", QuoteJson.couponId(quote))
                .add("coupons", QuoteJson.coupons(quote))
                .build();
    }
}
