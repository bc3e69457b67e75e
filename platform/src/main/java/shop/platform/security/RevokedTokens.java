package shop.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.time.ShopClock;

/**
 * Users whose access tokens issued before some moment are no longer honoured in this service
 * ({@code shop.user.tokens.revoked}: disabled, deleted, roles changed). Kept in memory only as
 * long as such a token could still be valid ({@code shop.security.revocations-kept-for}, the
 * longest access token life plus clock skew); after that, expiry refuses the token anyway.
 */
@ApplicationScoped
public class RevokedTokens {

    @Inject
    ShopClock clock;

    @Inject
    @ConfigProperty(name = "shop.security.revocations-kept-for", defaultValue = "PT16M")
    Duration keptFor;

    private final Map<String, Instant> revokedBefore = new ConcurrentHashMap<>();

    public RevokedTokens() {
    }

    /** For tests: a clock and how long revocations are kept. */
    public RevokedTokens(ShopClock clock, Duration keptFor) {
        this.clock = clock;
        this.keptFor = keptFor;
    }

    /** Tokens of {@code userId} issued before {@code before} are refused from now on (the latest moment wins). */
    public void revoke(String userId, Instant before) {
        revokedBefore.merge(userId, before, (a, b) -> a.isAfter(b) ? a : b);
        forgetOld();
    }

    /**
     * Whether a token of {@code userId} issued at {@code issuedAtSeconds} (its {@code iat}) is
     * revoked. {@code iat} has whole seconds: a token issued in the second of the revocation
     * itself is honoured, so a token got right after a role change is never refused.
     */
    public boolean revoked(String userId, long issuedAtSeconds) {
        Instant before = revokedBefore.get(userId);
        return before != null && issuedAtSeconds < before.getEpochSecond()
                && clock.instant().isBefore(before.plus(keptFor));
    }

    private void forgetOld() {
        Instant oldest = clock.instant().minus(keptFor);
        revokedBefore.values().removeIf(before -> before.isBefore(oldest));
    }
}
