package shop.order.returns.boundary;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.order.refund.control.RefundSaga;
import shop.order.returns.control.ReturnDesk;
import shop.order.returns.entity.ReturnStatus;
import shop.platform.idempotency.Idempotent;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;

/**
 * Returns for operators: the queue by status, approve or reject a request, and receive the goods
 * back, which refunds them ({@code REFUNDED} once the money is back).
 */
@Path("operator/returns")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorReturnResource {

    @Inject
    JsonWebToken caller;

    @Inject
    ReturnDesk returns;

    @Inject
    RefundSaga refunds;

    /** Why a return is refused, told to the shopper. */
    public record Rejection(@NotBlank @Size(max = 200) String note) {
    }

    @GET
    @Operation(summary = "Returns with a status (default: REQUESTED), oldest first")
    public Page<JsonObject> queue(@QueryParam("status") @Pattern(regexp = "REQUESTED|APPROVED|REJECTED|RECEIVED|REFUNDED") String status,
            @Valid @BeanParam PageParams page) {
        List<ReturnStatus> statuses = status == null ? List.of(ReturnStatus.REQUESTED) : Arrays.asList(ReturnStatus.valueOf(status));
        return returns.withStatus(statuses, page.toRequest()).map(ReturnJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A return")
    public JsonObject find(@PathParam("id") @Size(max = 36) String id) {
        return ReturnJson.of(returns.find(id));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a requested return: the shopper sends the goods back")
    public JsonObject approve(@PathParam("id") @Size(max = 36) String id) {
        return ReturnJson.of(returns.approve(id, caller.getName()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a requested return, saying why")
    public JsonObject reject(@PathParam("id") @Size(max = 36) String id, @NotNull @Valid Rejection rejection) {
        return ReturnJson.of(returns.reject(id, caller.getName(), rejection.note()));
    }

    @POST
    @Path("{id}/receive")
    @Idempotent
    @Operation(summary = "The goods of an approved return are back: they are refunded (RECEIVED, then REFUNDED); again after a refused"
            + " refund, retried; honours Idempotency-Key")
    public JsonObject receive(@PathParam("id") @Size(max = 36) String id) {
        return ReturnJson.of(refunds.refundReturn(id, caller.getName()));
    }
}
