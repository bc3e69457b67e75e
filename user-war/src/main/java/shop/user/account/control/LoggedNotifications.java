package shop.user.account.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.json.Jsons;
import shop.platform.time.Ids;

/**
 * The default {@link Notifications}: logs that a notice was sent to an account, never its token.
 *
 * <p><b>Sandbox adapter.</b> With {@code shop.user.notifications.outbox-dir} set
 * ({@code SHOP_USER_NOTIFICATIONS_OUTBOX_DIR}; a relative path is taken inside
 * {@code SHOP_DATA_DIR}), each notice is also written, token included, as one JSON file into
 * that folder, readable by its owner only, standing in for the user's mailbox. It is off unless
 * set; the system tests set it to read reset tokens. Never set it in production: whoever reads
 * the folder can take over accounts.
 */
@ApplicationScoped
public class LoggedNotifications implements Notifications {

    private static final Logger LOG = Logger.getLogger(LoggedNotifications.class.getName());

    @Inject
    @ConfigProperty(name = "shop.user.notifications.outbox-dir")
    Optional<String> outboxDir;

    @Inject
    @ConfigProperty(name = "shop.data.dir", defaultValue = ".")
    String dataDir;

    @Override
    public void passwordReset(PasswordResetNotice notice) {
        LOG.info(() -> "password reset notice sent to account " + notice.accountId() + " (valid until " + notice.expiresAt() + ")");
        outboxDir.filter(d -> !d.isBlank()).ifPresent(dir -> write(Path.of(dataDir).resolve(dir), notice));
    }

    private static void write(Path dir, PasswordResetNotice notice) {
        String json = Jsons.createObjectBuilder()
                .add("type", "password-reset")
                .add("accountId", notice.accountId())
                .add("username", notice.username())
                .add("token", notice.token())
                .add("expiresAt", notice.expiresAt().toString())
                .build().toString();
        try {
            Files.createDirectories(dir);
            // Written aside and moved in, so a reader never sees half a file; names sort by time.
            Path part = Files.createTempFile(dir, "notice", ".part");
            Files.writeString(part, json, StandardCharsets.UTF_8);
            Files.move(part, dir.resolve(notice.accountId() + ".password-reset." + Ids.newId() + ".json"),
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A sandbox convenience: a failed write must not fail the request or reveal anything.
            LOG.warning(() -> "sandbox notification outbox: could not write to " + dir + ": " + e);
        }
    }
}
