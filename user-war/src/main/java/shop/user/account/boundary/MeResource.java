package shop.user.account.boundary;

import java.time.LocalDate;
import java.util.function.Function;

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
import shop.user.account.entity.FieldEdit;
import shop.user.account.entity.Gender;
import shop.user.account.entity.ProfileRules;

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

    /**
     * The profile fields a shopper may change. Absent or null fields stay as they are; an empty
     * string clears {@code avatarUrl}, {@code gender} or {@code birthday} (nickname, email and
     * phone cannot be cleared).
     */
    public record ProfileChange(
            @Size(min = 1, max = 64) String nickname,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9]{6,15}", message = "must be a phone number of 6 to 15 digits") String phone,
            @AvatarUrl String avatarUrl,
            @Pattern(regexp = "|MALE|FEMALE|UNDISCLOSED", message = "must be MALE, FEMALE or UNDISCLOSED") String gender,
            @Birthday String birthday) {

        FieldEdit<String> avatarUrlEdit() {
            return edit(avatarUrl, url -> url);
        }

        /** Checked by the pattern already; named the same way. */
        FieldEdit<Gender> genderEdit() {
            return edit(gender, name -> ProfileRules.gender(name).orElseThrow());
        }

        /** Checked by {@link Birthday} already; parsed here the same way. */
        FieldEdit<LocalDate> birthdayEdit() {
            return edit(birthday, LocalDate::parse);
        }

        private static <T> FieldEdit<T> edit(String text, Function<String, T> value) {
            if (text == null) {
                return FieldEdit.keep();
            }
            return text.isEmpty() ? FieldEdit.clear() : FieldEdit.to(value.apply(text));
        }
    }

    @GET
    @Operation(summary = "My profile")
    public JsonObject profile() {
        return json(accounts.find(caller.getSubject()).orElseThrow(() -> ProblemException.notFound("No such account.")));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my nickname, email, phone, avatarUrl, gender or birthday; \"\" clears the last three")
    public JsonObject change(@NotNull @Valid ProfileChange change) {
        return json(accounts.updateProfile(caller.getSubject(), change.nickname(), change.email(), change.phone(),
                change.avatarUrlEdit(), change.genderEdit(), change.birthdayEdit()));
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
        addOrNull(json, "avatarUrl", account.avatarUrl());
        addOrNull(json, "gender", account.gender() == null ? null : account.gender().name());
        addOrNull(json, "birthday", account.birthday() == null ? null : account.birthday().toString());
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
