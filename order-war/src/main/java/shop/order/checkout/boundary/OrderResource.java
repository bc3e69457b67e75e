package shop.order.checkout.boundary;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.order.cart.control.CartView;
import shop.order.cart.control.ShoppingCart;
import shop.order.checkout.control.Checkout;
import shop.order.checkout.control.FlashCheckoutQueue;
import shop.order.checkout.control.OrderBook;
import shop.order.checkout.control.OrderPricing.Wanted;
import shop.order.checkout.entity.FlashCheckout;
import shop.order.checkout.entity.Order;
import shop.order.checkout.entity.OrderStatus;
import shop.order.pricing.control.QuoteJson;
import shop.order.refund.control.RefundSaga;
import shop.order.returns.control.ReturnDesk;
import shop.platform.idempotency.Idempotent;
import shop.platform.json.Jsons;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.web.Texts;

/**
 * A shopper's orders: {@code POST /order/orders} runs the checkout saga, from explicit lines or
 * the cart's selected ones, and {@code /preview} prices the same request without placing it;
 * the shopper lists, reads and cancels their own orders. Another shopper's order is "not found".
 */
@Path("orders")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    JsonWebToken caller;

    @Inject
    Checkout checkout;

    @Inject
    FlashCheckoutQueue flashQueue;

    @Inject
    OrderBook orders;

    @Inject
    RefundSaga refunds;

    @Inject
    ReturnDesk returns;

    @Inject
    CartView carts;

    @Inject
    ShoppingCart cart;

    /** A checkout request (CONTRACT.md); {@code points} to pay with (100 points = 1 yuan). */
    public record PlaceOrder(
            @Size(max = 100, message = "at most 100 lines") List<@NotNull @Valid Item> items,
            Boolean fromCart,
            @NotBlank @Size(max = 36) String addressId,
            @Size(max = 36) String couponId,
            @Min(0) @Max(100_000_000) Integer points,
            @Size(max = 36) String flashSaleId) {
    }

    /** One line: a SKU and 1 to 999 units. */
    public record Item(@NotBlank @Size(max = 36) String skuId, @NotNull @Min(1) @Max(999) Integer quantity) {
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an order: reserves stock, creates the payment; honours Idempotency-Key. A flash sale order sent with"
            + " Prefer: respond-async is answered 202 once its units are taken (the saga follows; see /order/flash-checkouts/{id})")
    public Response place(@NotNull @Valid PlaceOrder request, @HeaderParam("Prefer") String prefer) {
        List<Wanted> wanted = wanted(request);
        Checkout.Shopper shopper = new Checkout.Shopper(caller.getSubject(), caller.getName());
        if (request.flashSaleId() != null && respondAsync(prefer)) {
            // Queued flash checkout: the units are taken now, the saga runs in the background.
            FlashCheckout accepted = flashQueue.accept(shopper, request.flashSaleId(), wanted, request.addressId());
            return Response.accepted(FlashCheckoutResource.json(accepted).build())
                    .location(URI.create("flash-checkouts/" + accepted.id()))
                    .header("Preference-Applied", "respond-async").build();
        }
        Order order = request.flashSaleId() == null ? checkout.place(shopper, wanted, request.addressId(), request.couponId(), points(request))
                : checkout.placeFlash(shopper, request.flashSaleId(), wanted, request.addressId());
        if (Boolean.TRUE.equals(request.fromCart())) {
            cart.removeAll(caller.getSubject(), wanted.stream().map(Wanted::skuId).toList());
        }
        return Response.created(URI.create("orders/" + order.id())).entity(summary(order).build()).build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Price an order as POST /order/orders would (lines, totals, what each rule did) without placing it")
    public JsonObject preview(@NotNull @Valid PlaceOrder request) {
        Checkout.Shopper shopper = new Checkout.Shopper(caller.getSubject(), caller.getName());
        return QuoteJson.preview(request.flashSaleId() == null
                ? checkout.preview(shopper, wanted(request), request.addressId(), request.couponId(), points(request))
                : checkout.previewFlash(shopper, request.flashSaleId(), wanted(request), request.addressId()));
    }

    private static long points(PlaceOrder request) {
        return request.points() == null ? 0 : request.points();
    }

    /** RFC 7240: the client prefers an answer before the work is done. */
    static boolean respondAsync(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.split(";")[0].trim().equalsIgnoreCase("respond-async")) {
                return true;
            }
        }
        return false;
    }

    /** The lines asked for, explicitly or as the selected lines of the cart; the parts not offered yet are refused. */
    private List<Wanted> wanted(PlaceOrder request) {
        boolean fromCart = Boolean.TRUE.equals(request.fromCart());
        boolean hasItems = request.items() != null && !request.items().isEmpty();
        if (fromCart && hasItems) {
            throw ProblemException.invalid("items", "send items or fromCart, not both");
        }
        if (!fromCart && !hasItems) {
            throw ProblemException.invalid("items", "an order needs at least one item");
        }
        if (request.flashSaleId() != null && fromCart) {
            throw ProblemException.invalid("fromCart", "a flash sale is bought with items, not from the cart");
        }
        if (request.flashSaleId() != null && request.couponId() != null) {
            throw new ProblemException(ErrorCode.COUPON_INVALID, "Coupons do not apply to flash sale orders.");
        }
        if (request.flashSaleId() != null && points(request) > 0) {
            throw ProblemException.invalid("points", "points do not pay for flash sale orders");
        }
        if (fromCart) {
            List<Wanted> selected = carts.selected(caller.getSubject()).entrySet().stream()
                    .map(line -> new Wanted(line.getKey(), line.getValue())).toList();
            if (selected.isEmpty()) {
                throw ProblemException.invalid("fromCart", "no line of your cart is selected");
            }
            return selected;
        }
        return request.items().stream().map(i -> new Wanted(i.skuId(), i.quantity())).toList();
    }

    @GET
    @Operation(summary = "My orders, newest first")
    public Page<JsonObject> list(@Valid @BeanParam PageParams page) {
        return orders.listOf(caller.getSubject(), page.toRequest()).map(o -> summary(o).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my orders, with lines, address and history")
    public JsonObject detail(@PathParam("id") @Size(max = 36) String id) {
        Order order = orders.ofUser(id, caller.getSubject());
        return detail(order, returns.units(order.id(), false));
    }

    @POST
    @Path("{id}/cancel")
    @Idempotent
    @Operation(summary = "Cancel one of my orders before it ships: unpaid, stock and payment are released;"
            + " paid, it is refunded in full (REFUNDING, then REFUNDED); honours Idempotency-Key")
    public JsonObject cancel(@PathParam("id") @Size(max = 36) String id) {
        if (orders.ofUser(id, caller.getSubject()).status() == OrderStatus.PAID) {
            return detail(refunds.cancelPaid(id, caller.getSubject()));
        }
        return detail(checkout.cancel(id, caller.getSubject()));
    }

    @POST
    @Path("{id}/receipt")
    @Operation(summary = "Confirm receipt of one of my shipped or delivered orders: it is COMPLETED")
    public JsonObject confirmReceipt(@PathParam("id") @Size(max = 36) String id) {
        return detail(orders.confirmReceipt(id, caller.getSubject()));
    }

    static JsonObjectBuilder summary(Order o) {
        return Jsons.createObjectBuilder()
                .add("id", o.id())
                .add("status", o.status().name())
                .add("totals", Jsons.createObjectBuilder()
                        .add("items", o.totals().items())
                        .add("discount", o.totals().discount())
                        .add("shipping", o.totals().shipping())
                        .add("points", o.totals().points())
                        .add("payable", o.totals().payable()))
                .add("currency", o.currency())
                .add("paymentId", Jsons.stringOrNull(o.paymentId()))
                .add("couponId", Jsons.stringOrNull(o.couponId()))
                .add("flashSaleId", Jsons.stringOrNull(o.flashSaleId()))
                .add("pointsOfferId", Jsons.stringOrNull(o.pointsOfferId()))
                .add("expiresAt", o.expiresAt().toString())
                .add("createdAt", o.createdAt().toString());
    }

    static JsonObject detail(Order o) {
        return detail(o, Map.of());
    }

    /** The detail, with each line's units given back by refunded returns. */
    static JsonObject detail(Order o, Map<String, Integer> returned) {
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        o.lines().forEach(l -> lines.add(Jsons.createObjectBuilder()
                .add("id", l.lineId())
                .add("skuId", l.skuId())
                .add("productId", l.productId())
                .add("name", l.productName())
                .add("specs", Texts.parseJson(l.specsJson()))
                .add("image", l.image() == null ? Jsons.createValue("") : Jsons.createValue(l.image()))
                .add("price", l.unitPrice())
                .add("quantity", l.quantity())
                .add("amount", l.amount())
                .add("returned", returned.getOrDefault(l.lineId(), 0))));
        JsonArrayBuilder history = Jsons.createArrayBuilder();
        o.history().stream().filter(h -> h.status().visible()).forEach(h -> {
            JsonObjectBuilder step = Jsons.createObjectBuilder().add("status", h.status().name()).add("at", h.at().toString());
            if (h.reason() != null) {
                step.add("reason", h.reason());
            }
            history.add(step);
        });
        JsonObjectBuilder detail = summary(o).add("lines", lines).add("address", Texts.parseJson(o.addressJson())).add("history", history);
        if (o.cancelReason() != null) {
            detail.add("cancelReason", o.cancelReason());
        }
        if (o.shipmentId() != null) {
            detail.add("shipment", Jsons.createObjectBuilder()
                    .add("id", o.shipmentId())
                    .add("carrier", o.carrier())
                    .add("trackingNo", o.trackingNo())
                    .add("shippedAt", o.shippedAt().toString()));
        }
        if (o.deliveredAt() != null) {
            detail.add("deliveredAt", o.deliveredAt().toString());
        }
        if (o.completedAt() != null) {
            detail.add("completedAt", o.completedAt().toString());
        }
        return detail.build();
    }

}
