package shop.platform.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import shop.platform.ServiceIdentity;
import shop.platform.events.CloudEvent;

/**
 * Applies an event once per consumer: the processed-event row and the handler's changes commit
 * together, so a redelivered or duplicated event finds its id already there and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private static final String FIRST_TIME = "INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)"
            + " ON CONFLICT DO NOTHING";

    @Inject
    ServiceIdentity service;

    /** Applies the event with the handler unless this consumer already did; true when applied now. */
    @Transactional
    public boolean apply(String consumer, CloudEvent event, EventHandler handler) {
        if (!firstTime(consumer, event.id())) {
            return false;
        }
        handler.handle(event);
        return true;
    }

    private boolean firstTime(String consumer, String eventId) {
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(FIRST_TIME)) {
            insert.setString(1, consumer);
            insert.setString(2, eventId);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the processed event", e);
        }
    }
}
