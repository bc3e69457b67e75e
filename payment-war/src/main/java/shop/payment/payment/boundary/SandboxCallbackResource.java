package shop.payment.payment.boundary;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.platform.json.Jsons;
import shop.platform.sandbox.CallbackSignature;
import shop.payment.payment.control.PaidSagas;
import shop.payment.payment.control.Payments;
import shop.payment.payment.control.Payments.CallbackOutcome;

/**
 * {@code POST /payment/callbacks/sandbox}: the sandbox provider reports an outcome (CONTRACT.md).
 * The signature is checked before anything else (bad: 401, nothing recorded); a verified
 * success closes the checkout saga.
 */
@Path("callbacks/sandbox")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SandboxCallbackResource {

    @Inject
    @ConfigProperty(name = "shop.sandbox.secret")
    String secret;

    @Inject
    Payments payments;

    @Inject
    PaidSagas sagas;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Provider callback (signed with HMAC-SHA256; see CONTRACT.md)")
    public JsonObject receive(@NotNull JsonObject callback) {
        Map<String, String> fields = CallbackSignature.verifiedFields(callback, secret);
        Payments.Applied applied = payments.applyCallback(fields);
        if (applied.outcome() == CallbackOutcome.SUCCEEDED) {
            sagas.close(applied.payment());
        }
        return Jsons.createObjectBuilder().add("received", true).add("outcome", applied.outcome().name()).build();
    }
}
