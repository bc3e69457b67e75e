package shop.payment.reconciliation.boundary;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.payment.reconciliation.control.Reconciliation;
import shop.payment.reconciliation.entity.ReconciliationReport;
import shop.platform.json.Jsons;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;

/**
 * Reconciliation reports for finance: the latest ones, one day's, or a day reconciled now (the
 * daily run does yesterday by itself). Each lists every mismatch between the provider's statement
 * and our payments and refunds.
 */
@Path("reconciliations")
@RolesAllowed({"finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Inject
    Reconciliation reconciliation;

    @Inject
    ShopClock clock;

    /** The day to reconcile, as yyyy-MM-dd in the provider's calendar. */
    public record Run(@NotNull @Pattern(regexp = DATE, message = "must be a date yyyy-MM-dd") String date) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reconcile a day now (finance); replaces that day's report")
    public Response run(@NotNull @Valid Run run) {
        LocalDate day = date(run.date());
        if (day.isAfter(reconciliation.dayOf(clock.instant()))) {
            throw ProblemException.invalid("date", "is in the future");
        }
        ReconciliationReport report = reconciliation.run(day);
        return Response.created(URI.create("reconciliations/" + day)).entity(json(report, true)).build();
    }

    @GET
    @Operation(summary = "The latest reconciliation reports, newest day first (without their mismatches)")
    public Page<JsonObject> latest(@Valid @BeanParam PageParams page) {
        return reconciliation.latest(page.toRequest()).map(r -> json(r, false));
    }

    @GET
    @Path("{date}")
    @Operation(summary = "A day's reconciliation report with every mismatch")
    public JsonObject of(@PathParam("date") @Pattern(regexp = DATE, message = "must be a date yyyy-MM-dd") String date) {
        return json(reconciliation.of(date(date)).orElseThrow(() -> ProblemException.notFound("That day has not been reconciled.")), true);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("date", "must be a date yyyy-MM-dd");
        }
    }

    static JsonObject json(ReconciliationReport r, boolean withMismatches) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("date", r.day().toString())
                .add("provider", r.provider())
                .add("ranAt", r.ranAt().toString())
                .add("matched", r.matched())
                .add("mismatchCount", r.mismatches().size());
        if (withMismatches) {
            JsonArrayBuilder list = Jsons.createArrayBuilder();
            r.mismatches().forEach(m -> {
                JsonObjectBuilder item = Jsons.createObjectBuilder().add("problem", m.problem().name()).add("kind", m.kind());
                if (m.paymentId() != null) {
                    item.add("paymentId", m.paymentId());
                }
                if (m.refundId() != null) {
                    item.add("refundId", m.refundId());
                }
                if (m.providerTxnId() != null) {
                    item.add("providerTxnId", m.providerTxnId());
                }
                if (m.ours() != null) {
                    item.add("ours", m.ours());
                }
                if (m.theirs() != null) {
                    item.add("theirs", m.theirs());
                }
                list.add(item);
            });
            json.add("mismatches", list);
        }
        return json.build();
    }
}
