package shop.platform.health;

import java.sql.Connection;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import shop.platform.ServiceIdentity;

/**
 * Readiness of one service: its own database schema answers and the broker accepts a
 * connection with the service's credentials. Reported per service under
 * {@code /health/ready}, so an operator sees which service lost which dependency.
 */
@Readiness
@ApplicationScoped
public class ServiceReadiness implements HealthCheck {

    @Inject
    ServiceIdentity service;

    @Inject
    ConnectionFactory broker;

    @Override
    public HealthCheckResponse call() {
        String database = databaseState();
        String brokerState = brokerState();
        return HealthCheckResponse.named(service.name())
                .status("UP".equals(database) && "UP".equals(brokerState))
                .withData("database", database)
                .withData("broker", brokerState)
                .build();
    }

    private String databaseState() {
        try {
            try (Connection connection = service.dataSource().getConnection()) {
                return connection.isValid(2) ? "UP" : "DOWN: connection not valid";
            }
        } catch (Exception e) {
            return "DOWN: " + e.getMessage();
        }
    }

    private String brokerState() {
        try (JMSContext context = broker.createContext()) {
            context.start();
            return "UP";
        } catch (RuntimeException e) {
            return "DOWN: " + e.getMessage();
        }
    }
}
