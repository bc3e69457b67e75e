package shop.inventory.stock.boundary;

import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.inventory.stock.control.StockAdjustments;
import shop.inventory.stock.control.StockFigures;
import shop.inventory.stock.control.StockInvariants;
import shop.inventory.stock.entity.Stock;
import shop.platform.json.Jsons;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ProblemException;

/**
 * Stock of a SKU: public {@code GET /inventory/stock/{skuId}} (totals across warehouses);
 * operators read it warehouse by warehouse, adjust it in a warehouse, set its low-stock
 * threshold, read its ledger, and check that every SKU's books add up in every warehouse.
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
    StockFigures figures;

    @Inject
    JsonWebToken caller;

    /** Units to add (negative: to remove), why, and in which warehouse (none: the default one). */
    public record Adjustment(@NotNull @Min(-1_000_000) @Max(1_000_000) Integer delta, @NotBlank @Size(max = 200) String reason,
            @Size(min = 1, max = 36) String warehouseId) {
    }

    /** The low-stock threshold. */
    public record Threshold(@NotNull @Min(0) @Max(1_000_000) Integer lowStock) {
    }

    @GET
    @Path("{skuId}")
    @Operation(summary = "Units available and reserved for a SKU")
    public JsonObject stock(@PathParam("skuId") @Size(max = 36) String skuId) {
        Stock stock = kept(skuId);
        return Jsons.createObjectBuilder()
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
        Stock stock = adjustments.adjust(skuId, adjustment.warehouseId(), adjustment.delta(), adjustment.reason().strip(),
                caller.getName());
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
    @Path("{skuId}/warehouses")
    @RolesAllowed("operator")
    @Operation(summary = "The SKU's totals and its stock in each warehouse that keeps it (operator)")
    public JsonObject byWarehouse(@PathParam("skuId") @Size(max = 36) String skuId) {
        return forOperator(kept(skuId));
    }

    @GET
    @Path("{skuId}/movements")
    @RolesAllowed("operator")
    @Operation(summary = "The SKU's ledger, newest first: every movement with its warehouse, reason, order and actor;"
            + " one warehouse's only with ?warehouseId= (operator)")
    public Page<JsonObject> movements(@PathParam("skuId") @Size(max = 36) String skuId,
            @QueryParam("warehouseId") @Size(max = 36) String warehouseId, @Valid @BeanParam PageParams paging) {
        PageRequest page = paging.toRequest();
        String where = " FROM stock_movement WHERE sku_id = ?1" + (warehouseId == null ? "" : " AND warehouse_id = ?2");
        Query select = em.createNativeQuery("SELECT id, kind, quantity, available_after, reserved_after, order_id, reason, actor,"
                + " created_at, warehouse_id" + where + " ORDER BY id DESC").setParameter(1, skuId);
        Query count = em.createNativeQuery("SELECT COUNT(*)" + where).setParameter(1, skuId);
        if (warehouseId != null) {
            select.setParameter(2, warehouseId);
            count.setParameter(2, warehouseId);
        }
        List<?> rows = select.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        List<JsonObject> items = rows.stream().map(value -> {
            Object[] row = (Object[]) value;
            return Jsons.createObjectBuilder()
                    .add("id", ((Number) row[0]).longValue())
                    .add("warehouseId", (String) row[9])
                    .add("kind", (String) row[1])
                    .add("quantity", ((Number) row[2]).intValue())
                    .add("availableAfter", ((Number) row[3]).intValue())
                    .add("reservedAfter", ((Number) row[4]).intValue())
                    .add("orderId", row[5] == null ? JsonValue.NULL : Jsons.createValue((String) row[5]))
                    .add("reason", row[6] == null ? JsonValue.NULL : Jsons.createValue((String) row[6]))
                    .add("actor", (String) row[7])
                    .add("at", row[8] instanceof java.sql.Timestamp at ? at.toInstant().toString() : row[8].toString())
                    .build();
        }).toList();
        return Page.of(items, page, total);
    }

    @GET
    @Path("invariants")
    @RolesAllowed("operator")
    @Operation(summary = "Checks every SKU in every warehouse: units brought in = available + reserved + sold (operator)")
    public JsonObject invariants() {
        StockInvariants.Check check = invariants.check();
        JsonArrayBuilder mismatches = Jsons.createArrayBuilder();
        check.mismatches().forEach(m -> mismatches.add(Jsons.createObjectBuilder().add("skuId", m.skuId())
                .add("warehouseId", m.warehouseId()).add("broughtIn", m.broughtIn()).add("available", m.available())
                .add("reserved", m.reserved()).add("sold", m.sold())));
        return Jsons.createObjectBuilder().add("skus", check.skus()).add("warehouseStocks", check.warehouseStocks())
                .add("mismatches", mismatches).build();
    }

    private Stock kept(String skuId) {
        return figures.of(skuId).orElseThrow(() -> ProblemException.notFound("No stock is kept for this SKU."));
    }

    /** The totals, then each warehouse that keeps the SKU, lowest priority first. */
    private static JsonObject forOperator(Stock stock) {
        JsonArrayBuilder warehouses = Jsons.createArrayBuilder();
        stock.warehouses().forEach(w -> warehouses.add(Jsons.createObjectBuilder()
                .add("warehouseId", w.warehouseId())
                .add("code", w.code())
                .add("name", w.name())
                .add("enabled", w.enabled())
                .add("available", w.available())
                .add("reserved", w.reserved())
                .add("sold", w.sold())));
        return Jsons.createObjectBuilder()
                .add("skuId", stock.skuId())
                .add("available", stock.available())
                .add("reserved", stock.reserved())
                .add("sold", stock.sold())
                .add("lowStockThreshold", stock.lowThreshold())
                .add("warehouses", warehouses)
                .build();
    }
}
