package shop.catalog.brand.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.catalog.brand.entity.Brand;

/** The brand wall: {@code /catalog/brands}, by first letter then name. */
@Path("brands")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class BrandResource {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @GET
    @Operation(summary = "All brands, by first letter")
    public JsonArray brands() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Brand brand : em.createQuery("SELECT b FROM Brand b ORDER BY b.firstLetter, b.name", Brand.class).getResultList()) {
            list.add(Json.createObjectBuilder()
                    .add("id", brand.id())
                    .add("name", brand.name())
                    .add("nameEn", brand.nameEn() == null ? "" : brand.nameEn())
                    .add("logo", brand.logoUrl() == null ? "" : brand.logoUrl())
                    .add("firstLetter", brand.firstLetter()));
        }
        return list.build();
    }
}
