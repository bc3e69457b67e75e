package shop.user.product.control;

import java.util.Map;
import java.util.logging.Logger;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;
import shop.platform.problem.ProblemException;
import shop.user.product.entity.ProductSnapshot;

/**
 * Asks catalog-war what a shopper may favorite or has just viewed: a published product's
 * snapshot, 422 {@code INVALID_REFERENCE} for one the catalog does not show, and 503 (with
 * {@code Retry-After}) when the catalog cannot answer, since storing an unchecked id would let
 * anything into a shopper's lists.
 */
@ApplicationScoped
public class Products {

    private static final Logger LOG = Logger.getLogger(Products.class.getName());

    @Inject
    @RestClient
    CatalogClient catalog;

    /** The published product's snapshot now. */
    @Fallback(fallbackMethod = "unanswered", skipOn = ProblemException.class)
    public ProductSnapshot published(String productId) {
        try {
            return snapshot(catalog.product(productId));
        } catch (ProblemException refused) {
            if (refused.problem().code() == ErrorCode.NOT_FOUND) {
                throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such product on sale: " + productId + ".");
            }
            throw refused;
        }
    }

    ProductSnapshot unanswered(String productId) {
        LOG.fine(() -> "catalog did not answer for product " + productId);
        throw new ProblemException(Problem.of(ErrorCode.SERVICE_UNAVAILABLE, "The catalog is not answering; try again shortly."),
                Map.of("Retry-After", "5"));
    }

    /** A product detail as favorites keep it: its name, the lowest SKU price and the first image. */
    static ProductSnapshot snapshot(JsonObject product) {
        long price = 0;
        String currency = null;
        for (JsonObject sku : product.getJsonArray("skus").getValuesAs(JsonObject.class)) {
            long skuPrice = sku.getJsonNumber("price").longValue();
            if (currency == null || skuPrice < price) {
                price = skuPrice;
                currency = sku.getString("currency", "CNY");
            }
        }
        JsonValue images = product.get("images");
        String mainImage = null;
        if (images != null && images.getValueType() == JsonValue.ValueType.ARRAY && !images.asJsonArray().isEmpty()
                && images.asJsonArray().get(0) instanceof JsonString first) {
            mainImage = first.getString();
        }
        return new ProductSnapshot(product.getString("name"), price, currency == null ? "CNY" : currency, mainImage);
    }
}
