package shop.catalog.product.boundary;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.catalog.product.control.ProductCatalog;
import shop.catalog.product.control.ProductDetails;
import shop.catalog.product.control.ProductEditor;
import shop.catalog.product.control.ProductJson;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.platform.problem.ProblemException;

/**
 * Products: shoppers browse published ones ({@code GET /catalog/products}, {@code /{id}});
 * operators create, edit (with the product's {@code version}: a stale one is 409), publish,
 * unpublish and delete them.
 */
@Path("products")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    /** Set on a detail served from memory while the database could not answer. */
    public static final String STALE_HEADER = "X-Shop-Stale";

    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    ProductCatalog catalog;

    @Inject
    ProductDetails details;

    @Inject
    ProductEditor editor;

    /** A product card in a list. */
    public record ProductCard(String id, String name, long price, String currency, String mainImage, String categoryId, String brandId) {
    }

    @GET
    @Operation(summary = "Published products, newest first; price is the lowest SKU price in fen")
    public Page<ProductCard> list(@QueryParam("categoryId") @Size(max = 36) String categoryId,
            @QueryParam("brandId") @Size(max = 36) String brandId, @Valid @BeanParam PageParams page) {
        return catalog.list(categoryId, brandId, page.toRequest())
                .map(p -> new ProductCard(p.id(), p.name(), p.price(), p.currency(), ProductJson.mainImage(p.imagesJson()),
                        p.categoryId(), p.brandId()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A published product with its SKUs and rating")
    public Response detail(@PathParam("id") @Size(max = 36) String id) {
        ProductDetails.Detail detail = details.of(id);
        byte[] json = detail.json().orElseThrow(() -> ProblemException.notFound("No such product."));
        Response.ResponseBuilder response = Response.ok(json, JSON_UTF8);
        if (detail.stale()) {
            response.header(STALE_HEADER, "true");
        }
        return response.build();
    }

    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a product as a draft (operator)")
    public Response create(@NotNull @Valid ProductForm form) {
        var product = editor.create(form.content());
        return Response.created(URI.create("products/" + product.id())).entity(ProductJson.forOperator(product)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a product's content; send the version you read (operator)")
    public JsonObject edit(@PathParam("id") @Size(max = 36) String id, @NotNull @Valid ProductForm form) {
        if (form.version() == null) {
            throw ProblemException.invalid("version", "send the version of the product you edited");
        }
        return ProductJson.forOperator(editor.edit(id, form.version(), form.content()));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed("operator")
    @Operation(summary = "Put a product on sale (operator)")
    public JsonObject publish(@PathParam("id") @Size(max = 36) String id) {
        return ProductJson.forOperator(editor.publish(id));
    }

    @POST
    @Path("{id}/unpublish")
    @RolesAllowed("operator")
    @Operation(summary = "Withdraw a product from sale (operator)")
    public JsonObject unpublish(@PathParam("id") @Size(max = 36) String id) {
        return ProductJson.forOperator(editor.unpublish(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("operator")
    @Operation(summary = "Delete a product (soft: orders and reviews keep naming it) (operator)")
    public Response delete(@PathParam("id") @Size(max = 36) String id) {
        editor.delete(id);
        return Response.noContent().build();
    }
}
