package shop.user.favorite.boundary;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.user.favorite.control.Favorites;
import shop.user.favorite.control.FavoritesData;
import shop.user.product.control.Products;
import shop.user.product.entity.ProductSnapshot;

/**
 * The signed-in shopper's favorites: {@code /user/me/favorites}. Items carry the product as it
 * was when added (name, lowest price, main image), refreshed by adding it again; the product
 * page shows today's price.
 */
@Path("me/favorites")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class FavoriteResource {

    @Inject
    JsonWebToken caller;

    @Inject
    Favorites favorites;

    @Inject
    Products products;

    @GET
    @Operation(summary = "My favorites, newest first")
    public Page<JsonObject> list(@Valid @BeanParam PageParams page) {
        return favorites.list(caller.getSubject(), page.toRequest()).map(FavoritesData::json);
    }

    @PUT
    @Path("{productId}")
    @Operation(summary = "Keep a product among my favorites (idempotent; 200 with the favorite either way);"
            + " 422 INVALID_REFERENCE for a product not on sale; 409 CONFLICT beyond 500 favorites")
    public JsonObject add(@PathParam("productId") @Size(min = 1, max = 36) String productId) {
        ProductSnapshot product = products.published(productId);
        return FavoritesData.json(favorites.add(caller.getSubject(), productId, product));
    }

    @DELETE
    @Path("{productId}")
    @Operation(summary = "Remove a product from my favorites (idempotent)")
    public Response remove(@PathParam("productId") @Size(min = 1, max = 36) String productId) {
        favorites.remove(caller.getSubject(), productId);
        return Response.noContent().build();
    }
}
