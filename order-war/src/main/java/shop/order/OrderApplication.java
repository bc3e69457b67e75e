package shop.order;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import org.eclipse.microprofile.auth.LoginConfig;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The order service's JAX-RS application, served under {@code /order}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "shop")
@DeclareRoles({"shopper", "operator", "finance", "admin"})
@OpenAPIDefinition(info = @Info(title = "Shop order service", version = "1", description = "Carts, orders, returns and the checkout saga."))
public class OrderApplication extends Application {
}
