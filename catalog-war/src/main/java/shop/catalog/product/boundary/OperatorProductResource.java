package shop.catalog.product.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.catalog.product.control.ProductCatalog;
import shop.catalog.product.control.ProductEditor;
import shop.catalog.product.control.ProductJson;
import shop.catalog.product.entity.ProductStatus;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;

/** The operator's view of the catalog, drafts and unpublished products included: {@code /catalog/operator/products}. */
@Path("operator/products")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorProductResource {

    @Inject
    ProductCatalog catalog;

    @Inject
    ProductEditor editor;

    @GET
    @Operation(summary = "Products of any status but deleted, recently changed first (operator)")
    public Page<JsonObject> list(@QueryParam("status") @Pattern(regexp = "DRAFT|PUBLISHED|UNPUBLISHED") String status,
            @QueryParam("q") @Size(max = 100) String text, @Valid @BeanParam PageParams page) {
        return catalog.forOperators(status == null ? null : ProductStatus.valueOf(status),
                text == null || text.isBlank() ? null : text.strip(), page.toRequest()).map(ProductJson::forOperator);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A product as the operator edits it, every SKU included (operator)")
    public JsonObject detail(@PathParam("id") @Size(max = 36) String id) {
        return ProductJson.forOperator(editor.existing(id));
    }
}
