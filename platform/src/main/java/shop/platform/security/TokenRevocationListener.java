package shop.platform.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import shop.platform.events.CloudEvent;
import shop.platform.events.EventType;
import shop.platform.events.Topics;
import shop.platform.inbox.EventHandler;
import shop.platform.time.ShopClock;

/**
 * Every replica of every service hears of revoked tokens ({@code shop.user.tokens.revoked}) on its
 * own subscription; when it (re)subscribes it first reads the revocations it may have missed, as
 * far back as a token lives, from user-war's feed (with its service token).
 */
@ApplicationScoped
public class TokenRevocationListener implements EventHandler {

    private static final Logger LOG = Logger.getLogger(TokenRevocationListener.class.getName());

    @Inject
    RevokedTokens revoked;

    @Inject
    ServiceTokens tokens;

    @Inject
    ShopClock clock;

    @Inject
    @ConfigProperty(name = "shop.security.revocations-kept-for", defaultValue = "PT16M")
    Duration keptFor;

    @Inject
    @ConfigProperty(name = "shop.security.revocations-catch-up", defaultValue = "PT3M")
    Duration catchUpFor;

    @Override
    public String name() {
        return "token-revocations";
    }

    @Override
    public String topic() {
        return Topics.USER;
    }

    @Override
    public String selector() {
        return "ce_type = '" + EventType.USER_TOKENS_REVOKED.type() + "'";
    }

    @Override
    public boolean everyReplica() {
        return true;
    }

    @Override
    public void handle(CloudEvent event) {
        JsonObject data = event.data();
        revoked.revoke(data.getString("userId"), OffsetDateTime.parse(data.getString("revokedBefore")).toInstant());
    }

    /**
     * Reads the revocations this replica may have missed. user-war starts with the other services,
     * so it may not answer yet: tried again every 3 s for up to {@code shop.security.revocations-catch-up}
     * (events arriving meanwhile wait on this replica's subscription).
     */
    @Override
    public void subscribed() {
        long deadline = System.nanoTime() + catchUpFor.toNanos();
        while (true) {
            try {
                int read = readMissed();
                LOG.fine(() -> read + " recent token revocations read");
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    LOG.warning("recent token revocations could not be read (" + e.getClass().getSimpleName()
                            + "); revocations announced from now on apply");
                    return;
                }
            }
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int readMissed() {
        var feed = RestClientBuilder.newBuilder()
                .baseUri(tokens.userWar())
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .register(ServiceAuthentication.class)
                .build(RevocationFeedApi.class);
        int count = 0;
        for (JsonObject r : feed.since(clock.now().minus(keptFor).toString()).getValuesAs(JsonObject.class)) {
            revoked.revoke(r.getString("userId"), OffsetDateTime.parse(r.getString("revokedBefore")).toInstant());
            count++;
        }
        return count;
    }
}
