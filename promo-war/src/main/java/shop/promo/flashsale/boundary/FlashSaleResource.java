package shop.promo.flashsale.boundary;

import java.net.URI;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.json.Jsons;
import shop.platform.time.ShopClock;
import shop.promo.flashsale.control.FlashSales;
import shop.promo.flashsale.entity.FlashSale;

/**
 * Flash sales (限时秒杀, CONTRACT.md): operators open one for a SKU and may end it early; anyone
 * lists them. Buying is {@code POST /order/orders} with {@code flashSaleId}, never here.
 */
@Path("flash-sales")
@Produces(MediaType.APPLICATION_JSON)
public class FlashSaleResource {

    @Inject
    JsonWebToken caller;

    @Inject
    FlashSales sales;

    @Inject
    ShopClock clock;

    /** A new flash sale: the sale price in fen, the units for sale, the window and the per-shopper limit. */
    public record NewFlashSale(
            @NotBlank @Size(max = 36) String skuId,
            @NotNull @Min(1) @Max(100_000_000) Long price,
            @NotNull @Min(1) @Max(1_000_000) Integer quantity,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @NotNull @Min(1) @Max(100) Integer perUserLimit) {
    }

    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a flash sale of a SKU (operator)")
    public Response open(@NotNull @Valid NewFlashSale form) {
        FlashSale sale = sales.open(form.skuId(), form.price(), form.quantity(), form.perUserLimit(), form.startsAt(), form.endsAt(),
                caller.getName());
        return Response.created(URI.create("flash-sales/" + sale.id())).entity(json(sale, clock.now())).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Flash sales on now (active=true) or not over yet, soonest first")
    public JsonArray list(@QueryParam("active") @DefaultValue("false") boolean active) {
        OffsetDateTime now = clock.now();
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        sales.list(active, 200).forEach(s -> list.add(json(s, now)));
        return list.build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One flash sale, with the units left")
    public JsonObject get(@PathParam("id") @Size(max = 36) String id) {
        return json(sales.find(id), clock.now());
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed("operator")
    @Operation(summary = "End a flash sale now (operator)")
    public JsonObject end(@PathParam("id") @Size(max = 36) String id) {
        return json(sales.end(id), clock.now());
    }

    static JsonObject json(FlashSale s, OffsetDateTime now) {
        return Jsons.createObjectBuilder()
                .add("id", s.id())
                .add("skuId", s.skuId())
                .add("productId", s.productId())
                .add("name", s.name())
                .add("price", s.price())
                .add("regularPrice", s.regularPrice())
                .add("currency", s.currency())
                .add("quantity", s.quantity())
                .add("remaining", s.remaining())
                .add("perUserLimit", s.perUserLimit())
                .add("startsAt", s.startsAt().toString())
                .add("endsAt", s.endsAt().toString())
                .add("status", s.phaseAt(now).name())
                .build();
    }
}
