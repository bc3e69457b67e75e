package shop.platform.security;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import shop.platform.json.Jsons;
import shop.platform.time.ShopClock;

/**
 * This service's own token for calls to other services' internal endpoints: an RS256 shop token
 * with {@code groups: ["service"]} and {@code sub: service:<name>}, issued by user-war for the
 * service's {@link ServiceCredential} and kept until half its life is over. Internal endpoints
 * that are not saga callbacks accept only such tokens ({@code @RolesAllowed(ServiceTokens.GROUP)}).
 */
@ApplicationScoped
public class ServiceTokens {

    /** The group, and so the role, every service token carries. */
    public static final String GROUP = "service";

    private static final Logger LOG = Logger.getLogger(ServiceTokens.class.getName());

    @Inject
    @ConfigProperty(name = "shop.service.name")
    String service;

    /** The shop's service secret, from which this service derives its credential. */
    @Inject
    @ConfigProperty(name = "shop.service.secret")
    Optional<String> secret;

    /** This service's credential when it is given instead of the secret (another host). */
    @Inject
    @ConfigProperty(name = "shop.service.credential")
    Optional<String> credential;

    /** user-war's base URL on the internal surface ({@code SHOP_USER_WAR_INTERNAL_URL}); loopback in the single topology. */
    @Inject
    @ConfigProperty(name = "shop.user-war.internal-url")
    Optional<String> userWarUrl;

    @Inject
    ShopClock clock;

    private record Held(String token, Instant renewAfter, Instant usableUntil) {
    }

    private volatile Held held;
    private volatile ServiceTokenApi issuer;

    /** A current service token, fetched from user-war when none is held or it is half spent. */
    public String token() {
        Held current = held;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.renewAfter())) {
            return current.token();
        }
        synchronized (this) {
            current = held;
            if (current != null && now.isBefore(current.renewAfter())) {
                return current.token();
            }
            try {
                held = fetch(now);
                return held.token();
            } catch (RuntimeException e) {
                // user-war unreachable for a moment: a token still valid for a while is used on.
                if (current != null && now.isBefore(current.usableUntil())) {
                    LOG.warning("service token not renewed (" + e.getClass().getSimpleName() + "); the held one is used on");
                    return current.token();
                }
                throw new WebApplicationException("no service token: " + e.getClass().getSimpleName(),
                        Response.Status.SERVICE_UNAVAILABLE);
            }
        }
    }

    /** Forgets the held token (another service refused it: a new signing key, say). */
    public void forget() {
        held = null;
    }

    private Held fetch(Instant now) {
        JsonObject answer = issuer().issue(Jsons.createObjectBuilder()
                .add("service", service)
                .add("credential", ownCredential())
                .build());
        Duration life = Duration.ofSeconds(answer.getJsonNumber("expiresIn").longValue());
        return new Held(answer.getString("accessToken"), now.plus(life.dividedBy(2)), now.plus(life).minusSeconds(30));
    }

    private String ownCredential() {
        if (credential.filter(c -> !c.isBlank()).isPresent()) {
            return credential.get();
        }
        return ServiceCredential.of(secret.orElse(""), service);
    }

    /** user-war on the internal surface, which issues service tokens and lists token revocations. */
    public URI userWar() {
        return URI.create(userWarUrl.filter(u -> !u.isBlank()).orElseGet(() -> "http://127.0.0.1:"
                + ConfigProvider.getConfig().getOptionalValue("shop.internal.port", Integer.class).orElse(9081) + "/user"));
    }

    private ServiceTokenApi issuer() {
        if (issuer == null) {
            issuer = RestClientBuilder.newBuilder()
                    .baseUri(userWar())
                    .connectTimeout(2, TimeUnit.SECONDS)
                    .readTimeout(3, TimeUnit.SECONDS)
                    .build(ServiceTokenApi.class);
        }
        return issuer;
    }
}
