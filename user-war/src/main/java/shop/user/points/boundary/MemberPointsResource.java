package shop.user.points.boundary;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.platform.paging.PageParams;
import shop.platform.problem.ProblemException;
import shop.user.points.control.PointsLedger;

/**
 * A member's points for staff: customer service reads them and grants goodwill points (or takes
 * points back), {@code /user/admin/members/{id}/points}. Every change is a statement line with
 * its reason.
 */
@Path("admin/members/{id}/points")
@RolesAllowed({"operator", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class MemberPointsResource {

    @Inject
    JsonWebToken caller;

    @Inject
    PointsLedger ledger;

    /** Points to add (positive) or take (negative), why, and when granted points expire (default: the usual validity). */
    public record PointsChange(
            @NotNull @Min(-10_000_000) @Max(10_000_000) Long delta,
            @NotBlank @Size(max = 200) String reason,
            OffsetDateTime expiresAt) {
    }

    @GET
    @Operation(summary = "A member's points, growth, level and statement (operator, admin)")
    public JsonObject points(@PathParam("id") @Size(max = 36) String id, @Valid @BeanParam PageParams page) {
        return PointsJson.view(ledger, id, page.toRequest());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a member points (or take some back) with a reason (operator, admin)")
    public JsonObject change(@PathParam("id") @Size(max = 36) String id, @NotNull @Valid PointsChange change) {
        if (change.delta() == 0) {
            throw ProblemException.invalid("delta", "must not be 0");
        }
        return PointsJson.standing(ledger.grant(id, change.delta(), change.reason(), change.expiresAt(), caller.getSubject())).build();
    }
}
