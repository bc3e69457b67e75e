package shop.catalog.category.boundary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.catalog.category.control.CategoryTree;

/** The category tree for browsing: {@code /catalog/categories}. */
@Path("categories")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    CategoryTree tree;

    @GET
    @Operation(summary = "The category tree (three levels)")
    public JsonArray categories() {
        return json(tree.enabledTree());
    }

    private static JsonArray json(List<CategoryTree.Node> nodes) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (CategoryTree.Node node : nodes) {
            JsonObject item = Json.createObjectBuilder()
                    .add("id", node.category().id())
                    .add("name", node.category().name())
                    .add("nameEn", node.category().nameEn() == null ? "" : node.category().nameEn())
                    .add("level", node.category().level())
                    .add("children", json(node.children()))
                    .build();
            list.add(item);
        }
        return list.build();
    }
}
