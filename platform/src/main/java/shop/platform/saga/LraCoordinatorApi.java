package shop.platform.saga;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The part of the Narayana LRA coordinator's REST API the shop uses (1.1 API). */
@Produces(MediaType.TEXT_PLAIN)
public interface LraCoordinatorApi {

    @POST
    @Path("start")
    Response start(@QueryParam("ClientID") String clientId, @QueryParam("TimeLimit") long timeLimitMillis);

    @PUT
    @Path("{uid}")
    Response join(@PathParam("uid") String uid, @QueryParam("TimeLimit") long timeLimitMillis, @HeaderParam("Link") String links);

    @PUT
    @Path("{uid}/close")
    Response close(@PathParam("uid") String uid);

    @PUT
    @Path("{uid}/cancel")
    Response cancel(@PathParam("uid") String uid);
}
