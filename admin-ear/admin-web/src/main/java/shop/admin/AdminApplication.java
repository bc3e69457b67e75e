package shop.admin;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import org.eclipse.microprofile.auth.LoginConfig;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The back-office APIs, served under {@code /admin/api}; the UI is served from {@code /admin/}. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "shop")
@DeclareRoles({"shopper", "operator", "finance", "admin"})
@OpenAPIDefinition(info = @Info(title = "Shop back-office", version = "1", description = "Operators' APIs over all services."))
public class AdminApplication extends Application {
}
