package shop.payment.payment.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.payment.payment.control.PaidSagas;
import shop.payment.payment.control.Payments;
import shop.payment.payment.control.Payments.CallbackOutcome;
import shop.payment.provider.control.InvalidProviderSignature;
import shop.payment.provider.control.MalformedProviderMessage;
import shop.payment.provider.control.PaymentProvider;
import shop.payment.provider.control.PaymentProviders;
import shop.payment.provider.entity.Acknowledgement;
import shop.payment.provider.entity.ProviderNotification;
import shop.payment.refund.control.Refunds;
import shop.platform.problem.ProblemException;

/**
 * {@code POST /payment/callbacks/alipay|wechat}: a real provider's asynchronous notification, in
 * its own format, verified by its adapter before anything else (a signature that does not check
 * out: 401, nothing recorded). A payment's success closes its checkout saga, as the sandbox's does;
 * a refund's settles it. The provider gets the acknowledgement it expects, so it stops sending.
 */
@Path("callbacks/{provider: alipay|wechat}")
@PermitAll
public class ProviderCallbackResource {

    private static final Logger LOG = Logger.getLogger(ProviderCallbackResource.class.getName());

    @Inject
    PaymentProviders providers;

    @Inject
    Payments payments;

    @Inject
    Refunds refunds;

    @Inject
    PaidSagas sagas;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A provider's notification (Alipay: signed form; WeChat Pay v3: signed headers, encrypted resource)")
    public Response receive(@PathParam("provider") String name, @Context HttpHeaders headers, String body) {
        PaymentProvider provider = providers.named(name).orElseThrow(() -> ProblemException.notFound("This shop takes no " + name + " payments."));
        Map<String, String> given = new LinkedHashMap<>();
        headers.getRequestHeaders().forEach((header, values) -> given.put(header, values.isEmpty() ? "" : values.get(0)));
        ProviderNotification notification;
        try {
            notification = provider.readNotification(given, body == null ? "" : body);
        } catch (InvalidProviderSignature e) {
            LOG.warning(() -> name + " notification refused: " + e.getMessage());
            throw ProblemException.unauthorized("The notification's signature is not " + name + "'s.");
        } catch (MalformedProviderMessage e) {
            throw ProblemException.invalid("body", e.getMessage());
        }
        if (notification.kind() == ProviderNotification.Kind.REFUND) {
            if (notification.refundId() != null && notification.outcome() != ProviderNotification.Outcome.PENDING) {
                refunds.settle(notification.refundId(), notification.outcome() == ProviderNotification.Outcome.SUCCEEDED,
                        notification.providerTxnId());
            }
        } else {
            Payments.Applied applied = payments.applyNotification(name, notification);
            if (applied.outcome() == CallbackOutcome.SUCCEEDED) {
                sagas.close(applied.payment());
            }
        }
        return acknowledged(provider.accepted());
    }

    private static Response acknowledged(Acknowledgement ack) {
        Response.ResponseBuilder answer = Response.status(ack.status());
        if (ack.body() != null && !ack.body().isEmpty()) {
            answer.type(ack.contentType()).entity(ack.body());
        }
        return answer.build();
    }
}
