package shop.user.history.boundary;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.user.history.control.BrowseHistory;
import shop.user.history.control.HistoryData;
import shop.user.product.control.Products;
import shop.user.product.entity.ProductSnapshot;

/**
 * The signed-in shopper's browse history: {@code /user/me/history}. The storefront posts a view
 * when it shows a product page to a signed-in shopper.
 */
@Path("me/history")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    JsonWebToken caller;

    @Inject
    BrowseHistory history;

    @Inject
    Products products;

    /** A product the shopper is looking at. */
    public record View(@NotBlank @Size(max = 36) String productId) {
    }

    @GET
    @Operation(summary = "Products I viewed, most recent first, one entry per product (the last 100 of 90 days)")
    public Page<JsonObject> list(@Valid @BeanParam PageParams page) {
        return history.list(caller.getSubject(), page.toRequest()).map(HistoryData::json);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that I am viewing a product (200 with the entry); 422 INVALID_REFERENCE for a product not on sale")
    public JsonObject viewed(@NotNull @Valid View view) {
        ProductSnapshot product = products.published(view.productId());
        return HistoryData.json(history.viewed(caller.getSubject(), view.productId(), product));
    }

    @DELETE
    @Operation(summary = "Forget everything I viewed")
    public Response clear() {
        history.clear(caller.getSubject());
        return Response.noContent().build();
    }
}
