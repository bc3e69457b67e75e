package shop.inventory;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import org.eclipse.microprofile.auth.LoginConfig;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The inventory service's JAX-RS application, served under {@code /inventory}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "shop")
@DeclareRoles({"shopper", "operator", "finance", "admin"})
@OpenAPIDefinition(info = @Info(title = "Shop inventory service", version = "1", description = "Stock per SKU, reservations, shipments and tracking."))
public class InventoryApplication extends Application {
}
