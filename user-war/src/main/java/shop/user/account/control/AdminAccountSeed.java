package shop.user.account.control;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Makes sure the {@code admin} staff account exists, at every start of user-war. */
@ApplicationScoped
public class AdminAccountSeed {

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "shop.admin.password")
    String adminPassword;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        accounts.ensureAdmin(adminPassword);
    }
}
