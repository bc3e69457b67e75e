package shop.admin.report.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.admin.report.control.RegistrationReport;

/** Reports for operators and finance: {@code /admin/api/reports/...}. */
@Path("reports")
@RolesAllowed({"operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    RegistrationReport registrations;

    @GET
    @Path("registrations")
    @Operation(summary = "Sign-ups per day, newest first")
    public JsonArray registrations(@QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        registrations.lastDays(days).forEach(r -> list.add(Json.createObjectBuilder()
                .add("day", r.day().toString()).add("registrations", r.registrations())));
        return list.build();
    }
}
