package shop.user.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default notice channel logs without the token; the sandbox outbox writes files only when set. */
class LoggedNotificationsTest {

    private static final PasswordResetNotice NOTICE = new PasswordResetNotice("acc-1", "alice", null, null, "the-secret-token",
            OffsetDateTime.parse("2026-11-28T10:30:00Z"));

    @TempDir
    Path dataDir;

    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(LoggedNotifications.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(LoggedNotifications.class.getName()).removeHandler(capture);
    }

    private LoggedNotifications channel(Optional<String> outboxDir) {
        LoggedNotifications channel = new LoggedNotifications();
        channel.outboxDir = outboxDir;
        channel.dataDir = dataDir.toString();
        return channel;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(dataDir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void by_default_a_notice_is_logged_without_its_token_and_written_nowhere() throws IOException {
        channel(Optional.empty()).passwordReset(NOTICE);
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).contains("acc-1"));
        assertFalse(logged.get(0).contains("the-secret-token"));
        assertEquals(List.of(), files());
    }

    @Test
    void the_sandbox_outbox_writes_one_file_per_notice_inside_the_data_folder() throws IOException {
        LoggedNotifications channel = channel(Optional.of("notifications"));
        channel.passwordReset(NOTICE);
        channel.passwordReset(NOTICE);
        List<Path> files = files();
        assertEquals(2, files.size());
        for (Path file : files) {
            assertEquals(dataDir.resolve("notifications"), file.getParent());
            assertTrue(file.getFileName().toString().startsWith("acc-1.password-reset."));
            assertTrue(Files.readString(file).contains("\"token\":\"the-secret-token\""));
        }
        assertTrue(logged.stream().noneMatch(m -> m.contains("the-secret-token")));
    }
}
