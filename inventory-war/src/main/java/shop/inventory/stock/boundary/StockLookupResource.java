package shop.inventory.stock.boundary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.inventory.stock.control.StockFigures;
import shop.inventory.stock.entity.Stock;
import shop.platform.json.Jsons;
import shop.platform.security.ServiceTokens;

/**
 * Stock of several SKUs at once (internal surface only), for the cart: {@code [{skuId,
 * available, reserved}]}, totals across warehouses; SKUs without stock kept here are left out.
 */
@Path("internal/stock")
@RolesAllowed(ServiceTokens.GROUP)
public class StockLookupResource {

    @Inject
    StockFigures figures;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonArray of(@QueryParam("skuId") @NotEmpty @Size(max = 100) List<@NotNull @Size(max = 36) String> skuIds) {
        JsonArrayBuilder stock = Jsons.createArrayBuilder();
        for (Stock s : figures.of(skuIds)) {
            stock.add(Jsons.createObjectBuilder().add("skuId", s.skuId()).add("available", s.available()).add("reserved", s.reserved()));
        }
        return stock.build();
    }
}
