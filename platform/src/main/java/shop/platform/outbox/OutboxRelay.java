package shop.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import shop.platform.ServiceIdentity;
import shop.platform.events.CloudEvent;
import shop.platform.schedule.RepeatingTask;

/**
 * Publishes this service's outbox to the broker: woken after every commit that recorded events,
 * and every {@code shop.outbox.sweep-ms} as the safety net. Rows go out oldest first; a row the
 * broker refused blocks the later rows of its subject until it is through (backoff doubling from
 * {@code shop.outbox.retry-ms} up to a minute), so subscribers see each subject's events in order.
 * One relay per service runs at a time (a PostgreSQL advisory lock), however many replicas there are.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 200;
    private static final long MAX_BACKOFF_MS = 60_000;

    private static final String PENDING = "SELECT id, topic, type, subject, payload, attempts, next_attempt <= now() AS due"
            + " FROM outbox_event WHERE published_at IS NULL ORDER BY created_at, id LIMIT " + BATCH + " FOR UPDATE";
    private static final String PUBLISHED = "UPDATE outbox_event SET published_at = now() WHERE id = CAST(? AS UUID)";
    private static final String POSTPONED = "UPDATE outbox_event SET attempts = attempts + 1,"
            + " next_attempt = now() + (? * INTERVAL '1 millisecond') WHERE id = CAST(? AS UUID)";

    @Inject
    ServiceIdentity service;

    @Inject
    ConnectionFactory broker;

    @Inject
    @ConfigProperty(name = "shop.outbox.sweep-ms", defaultValue = "1000")
    long sweepMillis;

    @Inject
    @ConfigProperty(name = "shop.outbox.retry-ms", defaultValue = "500")
    long retryMillis;

    @Resource
    ManagedScheduledExecutorService executor;

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private RepeatingTask sweep;
    private JMSContext jms;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweep = RepeatingTask.start(executor, Duration.ofMillis(sweepMillis), Duration.ofMillis(sweepMillis), "outbox sweep",
                this::drainQuietly);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
        draining.lock();
        try {
            closeBroker();
        } finally {
            draining.unlock();
        }
    }

    /** Publish soon: called after a commit that recorded events. */
    public void wakeUp() {
        again.set(true);
        executor.execute(this::drainQuietly);
    }

    private void drainQuietly() {
        // One drain at a time; a wake-up during a drain makes it go round once more.
        if (!draining.tryLock()) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                drain();
            } while (again.get());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "outbox relay of " + service.name() + " will retry: " + e.getMessage());
        } finally {
            draining.unlock();
        }
    }

    private void drain() throws SQLException {
        try (Connection connection = service.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!relayLock(connection)) {
                    connection.rollback();
                    return;
                }
                publishPending(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void publishPending(Connection connection) throws SQLException {
        List<RelayRound.Pending> pending = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(PENDING); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                pending.add(new RelayRound.Pending(rows.getString("id"), rows.getString("subject"), rows.getBoolean("due"),
                        rows.getInt("attempts"), rows.getString("topic"), rows.getString("type"), rows.getString("payload")));
            }
        }
        RelayRound.Outcome outcome = RelayRound.run(pending, event -> send(event.topic(), event.type(), event.payload()));
        for (RelayRound.Pending event : outcome.published()) {
            update(connection, PUBLISHED, event.id());
        }
        if (outcome.refused().isPresent()) {
            // The broker is away: postpone the refused event; the sweep comes back.
            RelayRound.Pending refused = outcome.refused().get();
            closeBroker();
            postpone(connection, refused.id(), refused.attempts());
            LOG.warning(() -> "broker refused outbox event " + refused.id() + " of " + service.name() + ": "
                    + outcome.cause().map(Throwable::getMessage).orElse(""));
        }
    }

    private void send(String topic, String type, String payload) {
        JMSContext context = jms();
        TextMessage message = context.createTextMessage(payload);
        try {
            message.setStringProperty(CloudEvent.JMS_TYPE_PROPERTY, type);
        } catch (jakarta.jms.JMSException e) {
            throw new JMSRuntimeException(e.getMessage());
        }
        JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        // A durable send returns once the broker has stored the message.
        producer.send(context.createTopic(topic), message);
    }

    private void postpone(Connection connection, String id, int attempts) throws SQLException {
        long backoff = Math.min(MAX_BACKOFF_MS, retryMillis * (1L << Math.min(attempts, 16)));
        try (PreparedStatement update = connection.prepareStatement(POSTPONED)) {
            update.setLong(1, backoff);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    private static void update(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, id);
            update.executeUpdate();
        }
    }

    private boolean relayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "outbox-relay:" + service.name());
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private JMSContext jms() {
        if (jms == null) {
            jms = broker.createContext();
        }
        return jms;
    }

    private void closeBroker() {
        if (jms != null) {
            try {
                jms.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing a broken broker connection", e);
            }
            jms = null;
        }
    }
}
