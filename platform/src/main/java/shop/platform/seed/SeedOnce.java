package shop.platform.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import shop.platform.ServiceIdentity;

/**
 * Runs a seed once per database: under a PostgreSQL advisory lock (replicas starting together
 * wait for each other), skipped when the service's {@code seed_applied} table names it, and
 * recorded there in the same transaction as the data it stored.
 */
@ApplicationScoped
public class SeedOnce {

    private static final Logger LOG = Logger.getLogger(SeedOnce.class.getName());

    @Inject
    ServiceIdentity service;

    /** Runs {@code seed} in a new transaction unless the seed called {@code name} was applied; true if it ran. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean run(String name, Runnable seed) {
        try (Connection c = service.dataSource().getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "seed:" + service.name() + ":" + name);
                lock.executeQuery().close();
            }
            try (PreparedStatement applied = c.prepareStatement("SELECT 1 FROM seed_applied WHERE name = ?")) {
                applied.setString(1, name);
                try (ResultSet row = applied.executeQuery()) {
                    if (row.next()) {
                        return false;
                    }
                }
            }
            seed.run();
            try (PreparedStatement mark = c.prepareStatement("INSERT INTO seed_applied (name) VALUES (?)")) {
                mark.setString(1, name);
                mark.executeUpdate();
            }
            LOG.info(() -> service.name() + " seeded " + name);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed " + name, e);
        }
    }
}
