package shop.search.product.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.json.Jsons;
import shop.search.product.control.CatalogFollower;
import shop.search.product.control.ReplicaIndex;

/**
 * The operator's view of this replica's index ({@code GET /search/index}) and a rebuild from the
 * catalog ({@code POST /search/index/rebuild}, 202): the current index keeps answering until the
 * new one is complete.
 */
@Path("index")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class IndexAdminResource {

    @Inject
    ReplicaIndex replica;

    @Inject
    CatalogFollower follower;

    @GET
    @Operation(summary = "This replica's index: products, the last catalog change applied, rebuild state (operator)")
    public JsonObject state() {
        JsonObjectBuilder state = Jsons.createObjectBuilder()
                .add("products", replica.index().size())
                .add("catalogSeq", replica.index().appliedMark(ReplicaIndex.CATALOG_MARK))
                .add("readModelSeq", replica.index().appliedMark(ReplicaIndex.READ_MODEL_MARK))
                .add("needsRebuild", replica.needsRebuild())
                .add("rebuilding", follower.rebuilding());
        CatalogFollower.Rebuild last = follower.lastRebuild();
        if (last != null) {
            state.add("lastRebuild", Jsons.createObjectBuilder().add("finishedAt", last.finishedAt().toString())
                    .add("products", last.products()).add("millis", last.millis()));
        }
        if (follower.lastFailure() != null) {
            state.add("lastFailure", follower.lastFailure());
        }
        return state.build();
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Rebuild this replica's index from the catalog; searches keep being answered meanwhile (operator)")
    public Response rebuild() {
        boolean started = follower.startRebuild();
        return Response.accepted(Jsons.createObjectBuilder(state()).add("started", started).build()).build();
    }
}
