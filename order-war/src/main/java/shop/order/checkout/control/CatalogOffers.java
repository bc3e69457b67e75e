package shop.order.checkout.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import shop.order.checkout.control.OrderPricing.Offer;

/** The catalog's current offers for SKUs: price, snapshot and weight; SKUs not for sale are absent. */
@ApplicationScoped
public class CatalogOffers {

    @Inject
    @RestClient
    CatalogClient catalog;

    public Map<String, Offer> of(Collection<String> skuIds) {
        Map<String, Offer> offers = new HashMap<>();
        if (skuIds.isEmpty()) {
            return offers;
        }
        for (JsonValue value : catalog.forSale(List.copyOf(skuIds))) {
            JsonObject sku = value.asJsonObject();
            offers.put(sku.getString("id"), new Offer(sku.getString("id"), sku.getString("productId"), sku.getString("productName"),
                    sku.getJsonObject("specs").toString(), sku.isNull("image") ? null : sku.getString("image"),
                    sku.getJsonNumber("price").longValueExact(), sku.getString("currency"), sku.getInt("weightGrams", 0),
                    categoryPath(sku)));
        }
        return offers;
    }

    /** The product's categories from the root; just its own category from a catalog that does not send the path. */
    private static List<String> categoryPath(JsonObject sku) {
        if (sku.containsKey("categoryPath") && !sku.isNull("categoryPath")) {
            return sku.getJsonArray("categoryPath").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        return sku.containsKey("categoryId") && !sku.isNull("categoryId") ? List.of(sku.getString("categoryId")) : List.of();
    }
}
