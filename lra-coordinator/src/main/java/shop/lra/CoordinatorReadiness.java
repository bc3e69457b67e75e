package shop.lra;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** The coordinator is ready once its first recovery pass has loaded the previous run's sagas. */
@Readiness
@ApplicationScoped
public class CoordinatorReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("lra-coordinator").status(ManagedRecoveryPasses.recovered()).build();
    }
}
