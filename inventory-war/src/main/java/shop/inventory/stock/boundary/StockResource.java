package shop.inventory.stock.boundary;

import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.inventory.stock.control.StockAdjustments;
import shop.inventory.stock.control.StockInvariants;
import shop.inventory.stock.entity.Stock;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ProblemException;

/**
 * Stock of a SKU: public {@code GET /inventory/stock/{skuId}}; operators adjust it, set its
 * low-stock threshold, read its ledger, and check that every SKU's books add up.
 */
@Path("stock")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    StockAdjustments adjustments;

    @Inject
    StockInvariants invariants;

    @Inject
    JsonWebToken caller;

    /** Units to add (negative: to remove) and why. */
    public record Adjustment(@NotNull @Min(-1_000_000) @Max(1_000_000) Integer delta, @NotBlank @Size(max = 200) String reason) {
    }

    /** The low-stock threshold. */
    public record Threshold(@NotNull @Min(0) @Max(1_000_000) Integer lowStock) {
    }

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

    @POST
    @Path("{skuId}/adjustments")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or remove units of a SKU, with the reason (operator); a first adjustment creates its stock")
    public Response adjust(@PathParam("skuId") @Size(max = 36) String skuId, @NotNull @Valid Adjustment adjustment) {
        if (adjustment.delta() == 0) {
            throw ProblemException.invalid("delta", "must not be 0");
        }
        Stock stock = adjustments.adjust(skuId, adjustment.delta(), adjustment.reason().strip(), caller.getName());
        return Response.status(Response.Status.CREATED).entity(forOperator(stock)).build();
    }

    @PUT
    @Path("{skuId}/threshold")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the low-stock threshold of a SKU (operator)")
    public JsonObject threshold(@PathParam("skuId") @Size(max = 36) String skuId, @NotNull @Valid Threshold threshold) {
        return forOperator(adjustments.threshold(skuId, threshold.lowStock()));
    }

    @GET
    @Path("{skuId}/movements")
    @RolesAllowed("operator")
    @Operation(summary = "The SKU's ledger, newest first: every movement with its reason, order and actor (operator)")
    public Page<JsonObject> movements(@PathParam("skuId") @Size(max = 36) String skuId, @Valid @BeanParam PageParams paging) {
        PageRequest page = paging.toRequest();
        List<?> rows = em.createNativeQuery("SELECT id, kind, quantity, available_after, reserved_after, order_id, reason, actor,"
                + " created_at FROM stock_movement WHERE sku_id = ?1 ORDER BY id DESC").setParameter(1, skuId)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM stock_movement WHERE sku_id = ?1").setParameter(1, skuId)
                .getSingleResult()).longValue();
        List<JsonObject> items = rows.stream().map(value -> {
            Object[] row = (Object[]) value;
            return Json.createObjectBuilder()
                    .add("id", ((Number) row[0]).longValue())
                    .add("kind", (String) row[1])
                    .add("quantity", ((Number) row[2]).intValue())
                    .add("availableAfter", ((Number) row[3]).intValue())
                    .add("reservedAfter", ((Number) row[4]).intValue())
                    .add("orderId", row[5] == null ? JsonValue.NULL : Json.createValue((String) row[5]))
                    .add("reason", row[6] == null ? JsonValue.NULL : Json.createValue((String) row[6]))
                    .add("actor", (String) row[7])
                    .add("at", row[8] instanceof java.sql.Timestamp at ? at.toInstant().toString() : row[8].toString())
                    .build();
        }).toList();
        return Page.of(items, page, total);
    }

    @GET
    @Path("invariants")
    @RolesAllowed("operator")
    @Operation(summary = "Checks every SKU: units brought in = available + reserved + sold (operator)")
    public JsonObject invariants() {
        StockInvariants.Check check = invariants.check();
        JsonArrayBuilder mismatches = Json.createArrayBuilder();
        check.mismatches().forEach(m -> mismatches.add(Json.createObjectBuilder().add("skuId", m.skuId())
                .add("broughtIn", m.broughtIn()).add("available", m.available()).add("reserved", m.reserved()).add("sold", m.sold())));
        return Json.createObjectBuilder().add("skus", check.skus()).add("mismatches", mismatches).build();
    }

    private static JsonObject forOperator(Stock stock) {
        return Json.createObjectBuilder()
                .add("skuId", stock.skuId())
                .add("available", stock.available())
                .add("reserved", stock.reserved())
                .add("sold", stock.sold())
                .add("lowStockThreshold", stock.lowThreshold())
                .build();
    }
}
