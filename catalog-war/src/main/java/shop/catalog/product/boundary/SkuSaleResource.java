package shop.catalog.product.boundary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.catalog.category.control.CategoryTree;
import shop.catalog.category.entity.Category;
import shop.catalog.product.control.ProductCatalog;
import shop.catalog.product.control.ProductJson;
import shop.catalog.product.entity.Sku;
import shop.platform.json.Jsons;
import shop.platform.security.ServiceTokens;

/**
 * What checkout needs to price an order (internal surface only): for each requested SKU that
 * can be bought now, its price and the snapshot an order keeps (product name, specs, main
 * image, weight) and its category path from the root (so a promotion scoped to a parent
 * category covers its subcategories). SKUs that are unknown, disabled or of an unpublished product are left out.
 */
@Path("internal/skus")
@RolesAllowed(ServiceTokens.GROUP)
public class SkuSaleResource {

    @Inject
    ProductCatalog catalog;

    @Inject
    CategoryTree categories;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonArray forSale(@QueryParam("id") @NotEmpty @Size(max = 100) List<@NotNull @Size(max = 36) String> ids) {
        JsonArrayBuilder skus = Jsons.createArrayBuilder();
        List<Sku> found = catalog.forSale(new LinkedHashSet<>(ids));
        Map<String, Category> all = found.isEmpty() ? Map.of() : categories.all();
        for (Sku sku : found) {
            JsonArrayBuilder path = Jsons.createArrayBuilder();
            CategoryTree.path(sku.product().categoryId(), all).forEach(c -> path.add(c.id()));
            JsonArray images = (JsonArray) ProductJson.parse(sku.product().imagesJson());
            skus.add(Jsons.createObjectBuilder()
                    .add("id", sku.id())
                    .add("productId", sku.product().id())
                    .add("productName", sku.product().name())
                    .add("categoryId", sku.product().categoryId())
                    .add("categoryPath", path)
                    .add("specs", ProductJson.parse(sku.specsJson()))
                    .add("price", sku.price())
                    .add("currency", sku.currency().trim())
                    .add("weightGrams", sku.weightGrams() == null ? 0 : sku.weightGrams())
                    .add("image", images.isEmpty() ? JsonValue.NULL : images.get(0)));
        }
        return skus.build();
    }

}
