package shop.catalog;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The catalog service's JAX-RS application, served under {@code /catalog}. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Shop catalog service", version = "1", description = "Products, SKUs, categories, brands, reviews."))
public class CatalogApplication extends Application {
}
