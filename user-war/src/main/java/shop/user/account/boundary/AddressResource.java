package shop.user.account.boundary;

import java.net.URI;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.idempotency.Idempotent;
import shop.platform.json.Jsons;
import shop.user.account.control.AddressBook;
import shop.user.account.entity.Address;

/** The signed-in shopper's address book: {@code /user/me/addresses}. */
@Path("me/addresses")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class AddressResource {

    @Inject
    JsonWebToken caller;

    @Inject
    AddressBook book;

    /** An address as a shopper enters it. */
    public record AddressInput(
            @NotBlank @Size(max = 64) String receiver,
            @NotBlank @Pattern(regexp = "\\+?[0-9]{6,15}", message = "must be a phone number of 6 to 15 digits") String phone,
            @NotBlank @Size(max = 64) String province,
            @NotBlank @Size(max = 64) String city,
            @NotBlank @Size(max = 64) String district,
            @NotBlank @Size(max = 255) String detail,
            Boolean isDefault) {

        AddressBook.AddressDetails details() {
            return new AddressBook.AddressDetails(receiver, phone, province, city, district, detail,
                    Boolean.TRUE.equals(isDefault));
        }
    }

    @GET
    @Operation(summary = "My addresses")
    public Response list() {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        book.list(caller.getSubject()).forEach(a -> list.add(json(a)));
        return Response.ok(list.build()).build();
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an address (at most 20; the first becomes the default); honours Idempotency-Key")
    public Response add(@NotNull @Valid AddressInput input) {
        Address address = book.add(caller.getSubject(), input.details());
        return Response.created(URI.create("me/addresses/" + address.id())).entity(json(address)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one of my addresses")
    public JsonObject change(@PathParam("id") @Size(max = 36) String id, @NotNull @Valid AddressInput input) {
        return json(book.change(caller.getSubject(), id, input.details()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove one of my addresses")
    public Response remove(@PathParam("id") @Size(max = 36) String id) {
        book.remove(caller.getSubject(), id);
        return Response.noContent().build();
    }

    static JsonObject json(Address a) {
        return Jsons.createObjectBuilder()
                .add("id", a.id())
                .add("receiver", a.receiver())
                .add("phone", a.phone())
                .add("province", a.province())
                .add("city", a.city())
                .add("district", a.district())
                .add("detail", a.detail())
                .add("isDefault", a.isDefault())
                .build();
    }
}
