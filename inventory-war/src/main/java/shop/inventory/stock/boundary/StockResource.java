package shop.inventory.stock.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.inventory.stock.entity.Stock;
import shop.platform.problem.ProblemException;

/** Stock of a SKU, public: {@code /inventory/stock/{skuId}}. */
@Path("stock")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @GET
    @Path("{skuId}")
    @Operation(summary = "Units available and reserved for a SKU")
    public JsonObject stock(@PathParam("skuId") @Size(max = 36) String skuId) {
        Stock stock = em.find(Stock.class, skuId);
        if (stock == null) {
            throw ProblemException.notFound("No stock is kept for this SKU.");
        }
        return Json.createObjectBuilder()
                .add("skuId", stock.skuId())
                .add("available", stock.available())
                .add("reserved", stock.reserved())
                .build();
    }
}
