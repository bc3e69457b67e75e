package shop.promo.ranking.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.promo.ranking.boundary.CatalogClient;
import shop.promo.ranking.entity.CategoryTree;
import shop.promo.ranking.entity.ProductFact;

/**
 * Asks catalog-war, never failing the caller: each answer is present when the catalog answered
 * (a product it does not show is an answer: not on sale) and empty when it did not (timeout,
 * open circuit, full bulkhead, an error), so callers fall back to what they already know.
 */
@ApplicationScoped
public class CatalogLookups {

    private static final Logger LOG = Logger.getLogger(CatalogLookups.class.getName());

    /** The most products one list asks for (the catalog's page size limit). */
    static final int LIST_SIZE = 100;

    @Inject
    @RestClient
    CatalogClient catalog;

    @Inject
    @ConfigProperty(name = "shop.promo.catalog.refresh-after", defaultValue = "PT10M")
    Duration refreshAfter;

    /** How long what the catalog answered is trusted before it is asked again. */
    public Duration refreshAfter() {
        return refreshAfter;
    }

    /** What the catalog shows of a product now. */
    @Fallback(fallbackMethod = "productUnanswered")
    public Optional<ProductFact> product(String productId) {
        try {
            return Optional.of(detail(catalog.product(productId)));
        } catch (ProblemException refused) {
            if (refused.problem().code() == ErrorCode.NOT_FOUND) {
                return Optional.of(ProductFact.notOnSale(productId));
            }
            throw refused;
        }
    }

    /** Published products of a category (and its sub-categories) or of a brand, as product cards carry them. */
    @Fallback(fallbackMethod = "listUnanswered")
    public Optional<List<ProductFact>> published(String categoryId, String brandId) {
        List<ProductFact> products = new ArrayList<>();
        for (JsonObject card : catalog.products(categoryId, brandId, LIST_SIZE).getJsonArray("items").getValuesAs(JsonObject.class)) {
            products.add(new ProductFact(card.getString("id"), card.getString("name"), text(card, "categoryId"), text(card, "brandId"),
                    card.getJsonNumber("price").longValue(), text(card, "currency"), true));
        }
        return Optional.of(products);
    }

    /** The enabled category tree. */
    @Fallback(fallbackMethod = "treeUnanswered")
    public Optional<CategoryTree> categories() {
        List<CategoryTree.Link> links = new ArrayList<>();
        collect(catalog.categories(), null, links);
        return Optional.of(CategoryTree.of(links));
    }

    Optional<ProductFact> productUnanswered(String productId) {
        LOG.fine(() -> "catalog did not answer for product " + productId);
        return Optional.empty();
    }

    Optional<List<ProductFact>> listUnanswered(String categoryId, String brandId) {
        LOG.fine(() -> "catalog did not list category " + categoryId + " / brand " + brandId);
        return Optional.empty();
    }

    Optional<CategoryTree> treeUnanswered() {
        LOG.fine("catalog did not answer with its category tree");
        return Optional.empty();
    }

    /** A product detail: the lowest price of its SKUs, as product cards show it. */
    static ProductFact detail(JsonObject product) {
        long price = 0;
        String currency = null;
        for (JsonObject sku : product.getJsonArray("skus").getValuesAs(JsonObject.class)) {
            long skuPrice = sku.getJsonNumber("price").longValue();
            if (currency == null || skuPrice < price) {
                price = skuPrice;
                currency = text(sku, "currency");
            }
        }
        return new ProductFact(product.getString("id"), product.getString("name"), text(product, "categoryId"),
                text(product, "brandId"), price, currency, true);
    }

    private static void collect(JsonArray nodes, String parentId, List<CategoryTree.Link> links) {
        for (JsonObject node : nodes.getValuesAs(JsonObject.class)) {
            links.add(new CategoryTree.Link(node.getString("id"), parentId));
            JsonValue children = node.get("children");
            if (children instanceof JsonArray list) {
                collect(list, node.getString("id"), links);
            }
        }
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonNumber number ? number.toString() : json.getString(name);
    }
}
