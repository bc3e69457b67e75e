package shop.user.token.control;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.security.ServiceTokens;
import shop.user.account.entity.Account;

/**
 * Issues access tokens per CONTRACT.md: RS256 with {@code kid}; {@code sub} the account id,
 * {@code upn} the username, {@code groups} the roles, {@code iss} from {@code shop.jwt.issuer},
 * {@code aud} "shop", {@code exp} after {@code shop.jwt.access-ttl-seconds} (15 minutes).
 */
@ApplicationScoped
public class AccessTokens {

    public static final String AUDIENCE = "shop";

    @Inject
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "shop.jwt.issuer", defaultValue = "shop")
    String issuer;

    @Inject
    @ConfigProperty(name = "shop.jwt.access-ttl-seconds", defaultValue = "900")
    int ttlSeconds;

    public int ttlSeconds() {
        return ttlSeconds;
    }

    public String issue(Account account) {
        return sign(account.id(), account.username(), new ArrayList<>(account.roles()), ttlSeconds);
    }

    /**
     * A service token: {@code sub} and {@code upn} {@code service:<name>}, the one group
     * {@link ServiceTokens#GROUP}, valid {@code ttlSeconds}. It opens other services' internal
     * endpoints and no shopper or staff endpoint.
     */
    public String issueForService(String service, int ttlSeconds) {
        return sign("service:" + service, "service:" + service, List.of(ServiceTokens.GROUP), ttlSeconds);
    }

    private String sign(String subject, String upn, List<String> groups, int lifeSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("upn", upn);
        claims.setStringListClaim("groups", groups);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifeSeconds / 60f);

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.signingKey().getPrivateKey());
        jws.setKeyIdHeaderValue(keys.signingKey().getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
    }
}
