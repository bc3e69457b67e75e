package shop.promo.recommendation.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.json.Jsons;
import shop.promo.ranking.entity.ProductFact;
import shop.promo.recommendation.control.Recommender;
import shop.promo.recommendation.entity.ProductPairs;
import shop.promo.recommendation.entity.Recommendations;
import shop.promo.recommendation.entity.Similarity;

/**
 * {@code GET /promo/recommendations?productId&limit}: products bought together with a product
 * (in how many paid orders) and similar products (same category or brand, near price). Public;
 * an unknown or unpublished product is 404.
 */
@Path("recommendations")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    /** The longest list one request may ask for (each of the two lists). */
    public static final int MAX_LIMIT = 50;

    @Inject
    Recommender recommender;

    @GET
    @Operation(summary = "Products bought together with a product, and similar products")
    public JsonObject recommendations(@QueryParam("productId") @NotBlank(message = "name the product") @Size(max = 36) String productId,
            @QueryParam("limit") @DefaultValue("10") @Min(value = 1, message = "must be between 1 and " + MAX_LIMIT)
            @Max(value = MAX_LIMIT, message = "must be between 1 and " + MAX_LIMIT) int limit) {
        Recommendations found = recommender.forProduct(productId.strip(), limit);
        JsonArrayBuilder together = Jsons.createArrayBuilder();
        for (ProductPairs.Partner partner : found.boughtTogether()) {
            together.add(Jsons.createObjectBuilder()
                    .add("productId", partner.productId())
                    .add("name", partner.name() == null ? JsonValue.NULL : Jsons.createValue(partner.name()))
                    .add("orders", partner.orders()));
        }
        JsonArrayBuilder similar = Jsons.createArrayBuilder();
        for (Similarity.Similar candidate : found.similar()) {
            ProductFact product = candidate.product();
            similar.add(Jsons.createObjectBuilder()
                    .add("productId", product.productId())
                    .add("name", product.name())
                    .add("categoryId", product.categoryId() == null ? JsonValue.NULL : Jsons.createValue(product.categoryId()))
                    .add("brandId", product.brandId() == null ? JsonValue.NULL : Jsons.createValue(product.brandId()))
                    .add("price", product.price())
                    .add("currency", product.currency() == null ? JsonValue.NULL : Jsons.createValue(product.currency())));
        }
        return Jsons.createObjectBuilder()
                .add("productId", found.productId())
                .add("boughtTogether", together)
                .add("similar", similar)
                .build();
    }
}
