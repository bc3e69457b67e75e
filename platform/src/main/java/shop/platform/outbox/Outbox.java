package shop.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import shop.platform.ServiceIdentity;
import shop.platform.events.CloudEvent;
import shop.platform.events.EventType;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.platform.tx.AfterCommit;

/**
 * Records events in the caller's transaction. Call it from a transactional use case, after the
 * change the event announces: if the transaction rolls back, the event never existed; if it
 * commits, the relay publishes it right after.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_event (id, topic, type, subject, payload, created_at, next_attempt)"
            + " VALUES (CAST(? AS UUID), ?, ?, ?, ?, ?, ?)";

    @Inject
    ServiceIdentity service;

    @Inject
    ShopClock clock;

    @Inject
    OutboxRelay relay;

    @Resource
    TransactionSynchronizationRegistry transactions;


    /** Writes the event into this service's outbox, in the current transaction, and returns it. */
    public CloudEvent record(EventType type, String subject, JsonObject data) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("events are recorded inside the transaction of the change they announce");
        }
        CloudEvent event = CloudEvent.of(type, "/" + service.name(), subject, data, Ids.newId(), clock.now());
        Timestamp now = Timestamp.from(event.time().toInstant());
        // The dataSource's connection is shared with JPA within the transaction: one commit for both.
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, event.id());
            insert.setString(2, type.topic());
            insert.setString(3, type.type());
            insert.setString(4, subject);
            insert.setString(5, event.toJson());
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write to the outbox", e);
        }
        wakeRelayAfterCommit();
        return event;
    }

    private void wakeRelayAfterCommit() {
        Object key = Outbox.class;
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        AfterCommit.run(transactions, relay::wakeUp);
    }

}
