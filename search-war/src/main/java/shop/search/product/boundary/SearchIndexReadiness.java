package shop.search.product.boundary;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.search.product.control.ReplicaIndex;

/** Ready once this replica's index holds the catalog: a replica without one is built first, not sent traffic. */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    @Inject
    ReplicaIndex replica;

    @Override
    public HealthCheckResponse call() {
        boolean ready = !replica.needsRebuild();
        return HealthCheckResponse.named("search-index").status(ready)
                .withData("products", replica.index().size())
                .withData("state", ready ? "serving" : "building from the catalog")
                .build();
    }
}
