package shop.user.account.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.security.ServiceTokens;
import shop.user.account.control.AddressBook;

/**
 * A shopper's address as checkout snapshots it (internal surface only). The owner is part of
 * the question, so another shopper's address is "not found", as on the public surface.
 */
@Path("internal/addresses")
@RolesAllowed(ServiceTokens.GROUP)
public class AddressLookupResource {

    @Inject
    AddressBook book;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonObject ofOwner(@PathParam("id") @Size(max = 36) String id,
            @QueryParam("owner") @NotBlank @Size(max = 36) String owner) {
        return AddressResource.json(book.own(owner, id));
    }
}
