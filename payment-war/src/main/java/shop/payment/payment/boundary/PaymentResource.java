package shop.payment.payment.boundary;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.payment.payment.control.Payments;
import shop.payment.payment.entity.Payment;
import shop.payment.provider.control.PaymentProvider;
import shop.payment.provider.control.PaymentProviders;
import shop.payment.provider.entity.PaymentOrder;
import shop.payment.provider.entity.ProviderRequest;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/** {@code GET /payment/payments/{id}}: the payment's shopper, or finance staff. */
@Path("payments")
@RolesAllowed({"shopper", "operator", "finance", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    JsonWebToken caller;

    @Inject
    Payments payments;

    @Inject
    PaymentProviders providers;

    /** Where providers send their notifications: {@code <base>/<provider>}. */
    @Inject
    @ConfigProperty(name = "shop.payment.notify-base-url")
    String notifyBase;

    @GET
    @Path("{id}")
    @Operation(summary = "A payment: mine, or any for finance")
    public JsonObject find(@PathParam("id") @Size(max = 36) String id) {
        Payment payment = caller.getGroups().contains("finance")
                ? payments.find(id).orElseThrow(() -> ProblemException.notFound("No such payment."))
                : payments.ofUser(id, caller.getSubject());
        return json(payment);
    }

    /** How the shopper wants to pay. */
    public record Cashier(@NotNull @Pattern(regexp = "sandbox|alipay|wechat", message = "must be sandbox, alipay or wechat") String provider) {
    }

    /**
     * The cashier: the shopper picks a provider, and gets the signed request to follow (Alipay: the
     * gateway page to open; WeChat Pay: the order request; the sandbox: where to pay). The
     * provider's notification then settles the payment.
     */
    @POST
    @Path("{id}/pay-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose how to pay one of my payments and get the provider's signed request")
    public JsonObject payRequest(@PathParam("id") @Size(max = 36) String id, @NotNull @Valid Cashier cashier) {
        if (!cashier.provider().equals("sandbox") && providers.named(cashier.provider()).isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "This shop takes no " + cashier.provider() + " payments.");
        }
        Payment payment = payments.payWith(id, caller.getSubject(), cashier.provider());
        if (cashier.provider().equals("sandbox")) {
            return Jsons.createObjectBuilder().add("provider", "sandbox").add("method", "POST")
                    .add("url", "/payment/sandbox/pay/" + payment.id()).build();
        }
        PaymentProvider provider = providers.named(cashier.provider()).orElseThrow();
        ProviderRequest request = provider.payRequest(new PaymentOrder(payment.id(), payment.amount(), payment.currency(),
                "Order " + payment.orderId(), notifyBase + "/" + provider.name()));
        JsonObjectBuilder parameters = Jsons.createObjectBuilder();
        request.parameters().forEach(parameters::add);
        JsonObjectBuilder headers = Jsons.createObjectBuilder();
        request.headers().forEach(headers::add);
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("provider", provider.name())
                .add("method", request.method())
                .add("url", request.url().toString())
                .add("headers", headers)
                .add("parameters", parameters);
        if (request.body() != null) {
            json.add("body", request.body());
        }
        return json.build();
    }

    static JsonObject json(Payment p) {
        return Jsons.createObjectBuilder()
                .add("id", p.id())
                .add("orderId", p.orderId())
                .add("amount", p.amount())
                .add("currency", p.currency())
                .add("status", p.status().name())
                .add("refunded", p.refundedAmount())
                .add("provider", p.provider())
                .build();
    }
}
