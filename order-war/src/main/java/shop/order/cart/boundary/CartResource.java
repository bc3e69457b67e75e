package shop.order.cart.boundary;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.order.cart.control.CartView;
import shop.order.cart.control.ShoppingCart;

/**
 * The shopper's cart ({@code /order/cart}): every change answers the whole cart as
 * {@code GET} shows it, at current prices, with stock state and the selected lines' totals.
 */
@Path("cart")
@RolesAllowed("shopper")
@Produces(MediaType.APPLICATION_JSON)
public class CartResource {

    @Inject
    JsonWebToken caller;

    @Inject
    ShoppingCart cart;

    @Inject
    CartView view;

    /** A line's quantity (1 to 999) and, optionally, whether it is selected for checkout. */
    public record Line(@NotNull @Min(1) @Max(999) Integer quantity, Boolean selected) {
    }

    /** Select or unselect every line. */
    public record Selection(@NotNull Boolean selected) {
    }

    @GET
    @Operation(summary = "My cart: lines at current prices with stock state, and the selected lines' totals")
    public JsonObject show() {
        return view.of(caller.getSubject());
    }

    @PUT
    @Path("items/{skuId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a SKU in my cart with this quantity, or change its quantity or selection")
    public JsonObject put(@PathParam("skuId") @Size(max = 36) String skuId, @NotNull @Valid Line line) {
        cart.put(caller.getSubject(), skuId, line.quantity(), line.selected());
        return view.of(caller.getSubject());
    }

    @DELETE
    @Path("items/{skuId}")
    @Operation(summary = "Take a SKU out of my cart")
    public JsonObject remove(@PathParam("skuId") @Size(max = 36) String skuId) {
        cart.remove(caller.getSubject(), skuId);
        return view.of(caller.getSubject());
    }

    @PUT
    @Path("selection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Select or unselect every line of my cart")
    public JsonObject select(@NotNull @Valid Selection selection) {
        cart.selectAll(caller.getSubject(), selection.selected());
        return view.of(caller.getSubject());
    }

    @DELETE
    @Operation(summary = "Empty my cart")
    public JsonObject clear() {
        cart.clear(caller.getSubject());
        return view.of(caller.getSubject());
    }
}
