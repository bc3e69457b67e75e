package shop.inventory.warehouse.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.inventory.warehouse.control.Warehouses;
import shop.inventory.warehouse.entity.Warehouse;
import shop.platform.json.Jsons;

/** The warehouses, for operators: {@code GET /inventory/warehouses}, lowest priority first. */
@Path("warehouses")
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseResource {

    @Inject
    Warehouses warehouses;

    @GET
    @RolesAllowed("operator")
    @Operation(summary = "Every warehouse, in the order checkouts try them (operator)")
    public JsonArray all() {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        warehouses.all().forEach(w -> list.add(json(w)));
        return list.build();
    }

    static JsonObject json(Warehouse warehouse) {
        return Jsons.createObjectBuilder()
                .add("id", warehouse.id())
                .add("code", warehouse.code())
                .add("name", warehouse.name())
                .add("region", warehouse.region() == null ? JsonValue.NULL : Jsons.createValue(warehouse.region()))
                .add("priority", warehouse.priority())
                .add("enabled", warehouse.enabled())
                .add("default", warehouse.isDefault())
                .build();
    }
}
