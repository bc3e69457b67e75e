package shop.user.account.boundary;

import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.json.Jsons;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.platform.problem.ProblemException;
import shop.platform.web.Texts;
import shop.user.account.control.Members;
import shop.user.account.entity.Account;

/**
 * Members for the back office: {@code /user/admin/members}. Admins and operators (customer
 * service) find and read members; only admins disable, enable and change roles.
 */
@Path("admin/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberAdminResource {

    @Inject
    JsonWebToken caller;

    @Inject
    Members members;

    /** The roles a member is to have, replacing the current ones. */
    public record RolesChange(@NotNull @Size(min = 1, max = 4) List<@NotNull @Size(max = 16) String> roles) {
    }

    @GET
    @RolesAllowed({"admin", "operator"})
    @Operation(summary = "Find members by a fragment of username, nickname, email or phone; status ACTIVE, DISABLED or DELETED (admin, operator)")
    public Page<JsonObject> search(@QueryParam("q") @Size(max = 64) String q, @QueryParam("status") @Size(max = 16) String status,
            @Valid @BeanParam PageParams page) {
        return members.search(Texts.blankToNull(q), status(Texts.blankToNull(status)), page.toRequest())
                .map(MemberAdminResource::json);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"admin", "operator"})
    @Operation(summary = "One member (admin, operator)")
    public JsonObject member(@PathParam("id") @Size(max = 36) String id) {
        return json(members.member(id));
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed("admin")
    @Operation(summary = "Stop a member signing in; their refresh tokens are revoked (admin; never oneself)")
    public JsonObject disable(@PathParam("id") @Size(max = 36) String id) {
        return json(members.disable(caller.getSubject(), id));
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed("admin")
    @Operation(summary = "Let a disabled member sign in again (admin)")
    public JsonObject enable(@PathParam("id") @Size(max = 36) String id) {
        return json(members.enable(caller.getSubject(), id));
    }

    @PUT
    @Path("{id}/roles")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a member's roles (shopper, operator, finance, admin); effective from their next token (admin)")
    public JsonObject roles(@PathParam("id") @Size(max = 36) String id, @NotNull @Valid RolesChange change) {
        return json(members.changeRoles(caller.getSubject(), id, change.roles()));
    }

    private static Account.Status status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return Account.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be ACTIVE, DISABLED or DELETED");
        }
    }

    /** The profile as {@code /user/me} shows it, plus what the back office needs. */
    static JsonObject json(Account account) {
        return Jsons.createObjectBuilder(MeResource.json(account))
                .add("status", account.status().name())
                .add("updatedAt", account.updatedAt().toString())
                .build();
    }
}
