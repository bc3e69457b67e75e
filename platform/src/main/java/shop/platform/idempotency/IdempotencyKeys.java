package shop.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import shop.platform.ServiceIdentity;

/**
 * The stored keys of one service ({@code idempotency_key} in its schema). Each step commits on
 * its own, outside the request's transaction, so a key is claimed before the work starts and
 * released or completed after it ended.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyKeys {

    static final Duration KEPT = Duration.ofHours(24);

    @Inject
    ServiceIdentity service;

    /** What is known of a key when a request comes with it. */
    public record Known(String requestHash, boolean completed, int status, String contentType, String body, String headers) {
    }

    /** Claims the key for a first attempt; empty if claimed now, else what is stored. */
    public Optional<Known> claim(String owner, String key, String requestHash) {
        try (Connection c = service.dataSource().getConnection()) {
            try (PreparedStatement expired = c.prepareStatement(
                    "DELETE FROM idempotency_key WHERE owner = ? AND key_value = ? AND expires_at < now()")) {
                expired.setString(1, owner);
                expired.setString(2, key);
                expired.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO idempotency_key (owner, key_value, request_hash, expires_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, owner);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                insert.setTimestamp(4, Timestamp.from(Instant.now().plus(KEPT)));
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT request_hash, response_status, response_type, response_body, response_headers"
                    + " FROM idempotency_key WHERE owner = ? AND key_value = ?")) {
                select.setString(1, owner);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        // Released between our insert and select: treat as still running.
                        return Optional.of(new Known(requestHash, false, 0, null, null, null));
                    }
                    int status = row.getInt("response_status");
                    boolean completed = !row.wasNull();
                    return Optional.of(new Known(row.getString("request_hash"), completed, status,
                            row.getString("response_type"), row.getString("response_body"), row.getString("response_headers")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot use the idempotency keys", e);
        }
    }

    /** The first attempt succeeded: keep its answer (and the headers a replay repeats, as a JSON object) for replays. */
    public void complete(String owner, String key, int status, String contentType, String body, String headers) {
        execute("UPDATE idempotency_key SET response_status = ?, response_type = ?, response_body = ?, response_headers = ?"
                + " WHERE owner = ? AND key_value = ?", status, contentType, body, headers, owner, key);
    }

    /** The first attempt failed: forget the key, so a retry runs again. */
    public void release(String owner, String key) {
        execute("DELETE FROM idempotency_key WHERE owner = ? AND key_value = ? AND response_status IS NULL", owner, key);
    }

    private void execute(String sql, Object... values) {
        try (Connection c = service.dataSource().getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot use the idempotency keys", e);
        }
    }
}
