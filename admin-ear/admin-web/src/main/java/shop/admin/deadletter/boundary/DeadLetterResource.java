package shop.admin.deadletter.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.admin.deadletter.control.DeadLetters;

/** The dead-letter queue for operators: {@code /admin/api/dead-letters}. */
@Path("dead-letters")
@RolesAllowed({"operator", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    @Operation(summary = "Messages the broker gave up delivering, oldest first")
    public JsonArray list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (DeadLetters.DeadLetter letter : deadLetters.browse(limit)) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("messageId", letter.messageId())
                    .add("timestamp", letter.timestamp())
                    .add("body", letter.excerpt());
            addOrNull(json, "originalAddress", letter.originalAddress());
            addOrNull(json, "originalQueue", letter.originalQueue());
            addOrNull(json, "type", letter.type());
            list.add(json);
        }
        return list.build();
    }

    private static void addOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
