package shop.catalog.product.boundary;

import java.io.StringReader;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.catalog.product.control.ProductCatalog;
import shop.catalog.product.entity.Product;
import shop.catalog.product.entity.Sku;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.platform.problem.ProblemException;

/** Browsing products: {@code /catalog/products} and {@code /catalog/products/{id}} (public). */
@Path("products")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    ProductCatalog catalog;

    /** A product card in a list. */
    public record ProductCard(String id, String name, long price, String currency, String mainImage, String categoryId, String brandId) {
    }

    @GET
    @Operation(summary = "Published products, newest first; price is the lowest SKU price in fen")
    public Page<ProductCard> list(@QueryParam("categoryId") @Size(max = 36) String categoryId,
            @QueryParam("brandId") @Size(max = 36) String brandId, @Valid @BeanParam PageParams page) {
        return catalog.list(categoryId, brandId, page.toRequest())
                .map(p -> new ProductCard(p.id(), p.name(), p.price(), p.currency(), mainImage(p.imagesJson()),
                        p.categoryId(), p.brandId()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A published product with its SKUs")
    public JsonObject detail(@PathParam("id") @Size(max = 36) String id) {
        Product product = catalog.published(id).orElseThrow(() -> ProblemException.notFound("No such product."));
        JsonArrayBuilder skus = Json.createArrayBuilder();
        for (Sku sku : product.skus()) {
            if (sku.enabled()) {
                skus.add(Json.createObjectBuilder()
                        .add("id", sku.id())
                        .add("specs", parse(sku.specsJson()))
                        .add("price", sku.price())
                        .add("currency", sku.currency()));
            }
        }
        return Json.createObjectBuilder()
                .add("id", product.id())
                .add("name", product.name())
                .add("description", product.description() == null ? "" : product.description())
                .add("categoryId", product.categoryId())
                .add("brandId", product.brandId() == null ? JsonValue.NULL : Json.createValue(product.brandId()))
                .add("status", product.status().name())
                .add("version", product.version())
                .add("skus", skus)
                .add("images", parse(product.imagesJson()))
                .build();
    }

    private static String mainImage(String imagesJson) {
        JsonArray images = (JsonArray) parse(imagesJson);
        return images.isEmpty() ? null : images.getString(0);
    }

    static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
