package shop.user.points.boundary;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.platform.paging.PageParams;
import shop.user.points.control.PointsLedger;

/** The signed-in member's points, growth and level, with their statement: {@code /user/me/points}. */
@Path("me/points")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class MyPointsResource {

    @Inject
    JsonWebToken caller;

    @Inject
    PointsLedger ledger;

    @GET
    @Operation(summary = "My points balance (100 points = 1 yuan), points held by unpaid orders, what expires within 30 days,"
            + " my growth and member level, and my points statement (paged, newest first)")
    public JsonObject points(@Valid @BeanParam PageParams page) {
        return PointsJson.view(ledger, caller.getSubject(), page.toRequest());
    }
}
