package shop.catalog.category.boundary;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import shop.catalog.category.control.CategoryEditor;
import shop.catalog.category.control.CategoryTree;
import shop.catalog.category.entity.Category;
import shop.catalog.product.control.ProductJson;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.web.Texts;

/**
 * The category tree: shoppers browse the enabled tree ({@code GET /catalog/categories});
 * operators see all of it ({@code ?all=true}), add categories (three levels at most), rename,
 * reorder, enable and disable them, and name the specs (颜色, 尺码, 存储…) a category's SKUs use.
 */
@Path("categories")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    CategoryTree tree;

    @Inject
    CategoryEditor editor;

    /** A new category under {@code parentId} (a top-level one without). */
    public record NewCategory(@NotBlank @Size(max = 64) String name, @Size(max = 64) String nameEn,
            @Size(max = 36) String parentId, @Min(0) @Max(100_000) Integer sortOrder,
            @Size(max = 10, message = "at most 10 spec names") List<@NotBlank @Size(max = 32) String> specs) {
    }

    /** A category's changeable content, with the version read. */
    public record CategoryChange(@NotBlank @Size(max = 64) String name, @Size(max = 64) String nameEn,
            @NotNull @Min(0) @Max(100_000) Integer sortOrder, @NotNull Boolean enabled, @NotNull @Min(0) Long version,
            @Size(max = 10, message = "at most 10 spec names") List<@NotBlank @Size(max = 32) String> specs) {
    }

    @GET
    @Operation(summary = "The category tree (three levels): enabled categories, or all of them for operators with all=true")
    public Response categories(@QueryParam("all") boolean all, @Context SecurityContext caller) {
        if (all && !caller.isUserInRole("operator")) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only operators see disabled categories.");
        }
        return Response.ok(json(all ? tree.wholeTree() : tree.enabledTree())).build();
    }

    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a category (operator)")
    public Response create(@NotNull @Valid NewCategory request) {
        Category created = editor.create(Texts.blankToNull(request.parentId()), request.name().strip(), Texts.blankToNull(request.nameEn()),
                request.sortOrder() == null ? 0 : request.sortOrder(), request.specs());
        return Response.created(URI.create("categories/" + created.id())).entity(json(created).build()).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename, reorder, enable or disable a category (operator)")
    public JsonObject rewrite(@PathParam("id") @Size(max = 36) String id, @NotNull @Valid CategoryChange request) {
        return json(editor.rewrite(id, request.version(), request.name().strip(), Texts.blankToNull(request.nameEn()),
                request.sortOrder(), request.enabled(), request.specs())).build();
    }

    private static JsonArray json(List<CategoryTree.Node> nodes) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (CategoryTree.Node node : nodes) {
            list.add(json(node.category()).add("children", json(node.children())));
        }
        return list.build();
    }

    private static JsonObjectBuilder json(Category category) {
        return Jsons.createObjectBuilder()
                .add("id", category.id())
                .add("name", category.name())
                .add("nameEn", category.nameEn() == null ? "" : category.nameEn())
                .add("parentId", category.parentId() == null ? JsonValue.NULL : Jsons.createValue(category.parentId()))
                .add("level", category.level())
                .add("sortOrder", category.sortOrder())
                .add("enabled", category.enabled())
                .add("specs", ProductJson.parse(category.specNamesJson()))
                .add("version", category.version());
    }
}
