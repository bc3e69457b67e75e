package shop.catalog.brand.boundary;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.catalog.brand.control.BrandEditor;
import shop.catalog.brand.entity.Brand;
import shop.platform.json.Jsons;
import shop.platform.problem.ProblemException;
import shop.platform.web.Texts;

/** The brand wall ({@code GET /catalog/brands}, by first letter then name); operators add and edit brands. */
@Path("brands")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class BrandResource {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    BrandEditor editor;

    /** A brand as an operator writes it; {@code version} is required when editing. */
    public record BrandForm(@NotBlank @Size(max = 64) String name, @Size(max = 64) String nameEn,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String logo,
            @Pattern(regexp = "[A-Z#]", message = "one capital letter A-Z, or #") String firstLetter,
            @Min(0) Long version) {
    }

    @GET
    @Operation(summary = "All brands, by first letter")
    public JsonArray brands() {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (Brand brand : em.createQuery("SELECT b FROM Brand b ORDER BY b.firstLetter, b.name", Brand.class).getResultList()) {
            list.add(json(brand));
        }
        return list.build();
    }

    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a brand (operator); the first letter is derived from the names when not given")
    public Response create(@NotNull @Valid BrandForm form) {
        Brand brand = editor.create(form.name().strip(), Texts.blankToNull(form.nameEn()), Texts.blankToNull(form.logo()), form.firstLetter());
        return Response.created(URI.create("brands/" + brand.id())).entity(json(brand).build()).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a brand with the version read (operator)")
    public JsonObject rewrite(@PathParam("id") @Size(max = 36) String id, @NotNull @Valid BrandForm form) {
        if (form.version() == null) {
            throw ProblemException.invalid("version", "send the version of the brand you edited");
        }
        return json(editor.rewrite(id, form.version(), form.name().strip(), Texts.blankToNull(form.nameEn()), Texts.blankToNull(form.logo()),
                form.firstLetter())).build();
    }

    private static JsonObjectBuilder json(Brand brand) {
        return Jsons.createObjectBuilder()
                .add("id", brand.id())
                .add("name", brand.name())
                .add("nameEn", brand.nameEn() == null ? "" : brand.nameEn())
                .add("logo", brand.logoUrl() == null ? "" : brand.logoUrl())
                .add("firstLetter", brand.firstLetter())
                .add("version", brand.version());
    }
}
