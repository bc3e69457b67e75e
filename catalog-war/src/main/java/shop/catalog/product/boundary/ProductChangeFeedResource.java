package shop.catalog.product.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.catalog.brand.entity.Brand;
import shop.catalog.category.control.CategoryTree;
import shop.catalog.category.entity.Category;
import shop.catalog.product.control.ProductChanges;
import shop.catalog.product.control.ProductJson;
import shop.catalog.product.entity.Product;
import shop.platform.json.Jsons;
import shop.platform.security.ServiceTokens;

/**
 * The change feed for read models (internal surface only): products changed after a number,
 * in order, each as the data of a {@code shop.catalog.product.*} event with its {@code changeSeq}
 * and {@code status}. A reader applies them and asks again after the last {@code changeSeq};
 * from 0 it reads the whole catalog (a rebuild).
 */
@Path("internal/product-changes")
@RolesAllowed(ServiceTokens.GROUP)
public class ProductChangeFeedResource {

    @Inject
    ProductChanges changes;

    @Inject
    CategoryTree categories;

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject after(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(2000) int limit) {
        List<Product> changed = changes.after(after, limit);
        Map<String, Category> all = categories.all();
        Map<String, Brand> brands = new HashMap<>();
        em.createQuery("SELECT b FROM Brand b", Brand.class).getResultList().forEach(b -> brands.put(b.id(), b));
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        for (Product product : changed) {
            items.add(ProductJson.eventData(product, CategoryTree.path(product.categoryId(), all),
                    product.brandId() == null ? null : brands.get(product.brandId())));
        }
        return Jsons.createObjectBuilder()
                .add("items", items)
                .add("last", changed.isEmpty() ? after : changed.get(changed.size() - 1).changeSeq())
                .add("latest", changes.last())
                .build();
    }
}
