package shop.promo;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import org.eclipse.microprofile.auth.LoginConfig;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The promo service's JAX-RS application, served under {@code /promo}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "shop")
@DeclareRoles({"shopper", "operator", "finance", "admin"})
@OpenAPIDefinition(info = @Info(title = "Shop promo service", version = "1", description = "Coupons, promotion rules, flash sales, rankings."))
public class PromoApplication extends Application {
}
