package shop.payment;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The payment service's JAX-RS application, served under {@code /payment}. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Shop payment service", version = "1", description = "Payments, refunds, provider callbacks and reconciliation."))
public class PaymentApplication extends Application {
}
