package shop.catalog;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import org.eclipse.microprofile.auth.LoginConfig;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The catalog service's JAX-RS application, served under {@code /catalog}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "shop")
@DeclareRoles({"shopper", "operator", "finance", "admin"})
@OpenAPIDefinition(info = @Info(title = "Shop catalog service", version = "1", description = "Products, SKUs, categories, brands, reviews."))
public class CatalogApplication extends Application {
}
