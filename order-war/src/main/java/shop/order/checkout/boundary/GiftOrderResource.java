package shop.order.checkout.boundary;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.order.checkout.control.Checkout;
import shop.order.checkout.control.Checkout.Shopper;
import shop.order.checkout.entity.Order;
import shop.platform.security.ServiceTokens;

/**
 * Orders of gifts exchanged for points (internal surface only): promo-war's exchange saga asks
 * for the order inside its own saga, after it took the gift from its offer. The order joins that
 * saga; it is paid when the saga closes and cancelled when it is cancelled.
 */
@Path("internal/gift-orders")
@RolesAllowed(ServiceTokens.GROUP)
public class GiftOrderResource {

    @Inject
    Checkout checkout;

    /** The gift: one unit of {@code skuId} for {@code points}, to the shopper's address. */
    public record GiftOrder(
            @NotBlank @Size(max = 36) String offerId,
            @NotBlank @Size(max = 36) String userId,
            @Size(max = 64) String username,
            @NotBlank @Size(max = 36) String skuId,
            @NotNull @Min(1) @Max(100_000_000) Long points,
            @NotBlank @Size(max = 36) String addressId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response place(@QueryParam("lraId") @NotNull URI lraId, @NotNull @Valid GiftOrder gift) {
        Order order = checkout.placeGift(new Shopper(gift.userId(), gift.username()), lraId, gift.offerId(), gift.skuId(), gift.points(),
                gift.addressId());
        return Response.created(URI.create("orders/" + order.id())).entity(OrderResource.summary(order).build()).build();
    }
}
