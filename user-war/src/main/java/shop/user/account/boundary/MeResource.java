package shop.user.account.boundary;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.json.Jsons;
import shop.platform.problem.ProblemException;
import shop.user.account.control.AccountClosure;
import shop.user.account.control.Accounts;
import shop.user.account.entity.Account;

/** The signed-in account's own profile: {@code /user/me}. */
@Path("me")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    JsonWebToken caller;

    @Inject
    Accounts accounts;

    @Inject
    AccountClosure closure;

    /** The password again, before a deletion. */
    public record Deletion(@NotNull @Size(max = 128) String password) {
    }

    /** The profile fields a shopper may change; absent fields stay as they are. */
    public record ProfileChange(
            @Size(min = 1, max = 64) String nickname,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9]{6,15}", message = "must be a phone number of 6 to 15 digits") String phone) {
    }

    @GET
    @Operation(summary = "My profile")
    public JsonObject profile() {
        return json(accounts.find(caller.getSubject()).orElseThrow(() -> ProblemException.notFound("No such account.")));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my nickname, email or phone")
    public JsonObject change(@NotNull @Valid ProfileChange change) {
        return json(accounts.updateProfile(caller.getSubject(), change.nickname(), change.email(), change.phone()));
    }

    @GET
    @Path("export")
    @Operation(summary = "Everything the user service keeps about me, as one JSON document (PIPL)")
    public Response export() {
        return Response.ok(closure.export(caller.getSubject()))
                .header("Content-Disposition", "attachment; filename=\"my-account.json\"").build();
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete my account, with my password: personal data erased, every session ended, the username freed")
    public Response delete(@NotNull @Valid Deletion deletion) {
        closure.checkPassword(caller.getSubject(), deletion.password());
        closure.delete(caller.getSubject());
        return Response.noContent().build();
    }

    static JsonObject json(Account account) {
        JsonArrayBuilder roles = Jsons.createArrayBuilder();
        account.roles().forEach(roles::add);
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", account.id())
                .add("username", account.username())
                .add("level", account.level())
                .add("roles", roles)
                .add("createdAt", account.createdAt().toString());
        addOrNull(json, "nickname", account.nickname());
        addOrNull(json, "email", account.email());
        addOrNull(json, "phone", account.phone());
        return json.build();
    }

    private static void addOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
