package shop.inventory;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The inventory service's JAX-RS application, served under {@code /inventory}. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Shop inventory service", version = "1", description = "Stock per SKU, reservations, shipments and tracking."))
public class InventoryApplication extends Application {
}
