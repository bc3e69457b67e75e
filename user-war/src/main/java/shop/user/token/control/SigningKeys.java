package shop.user.token.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The token signing keys from {@code shop.jwt.key-dir} ({@code <kid>.key} PKCS#8 and
 * {@code <kid>.pub} X.509 PEM files, generated at first start by the launcher). The newest
 * private key signs; every public key is published in the JWKS, so tokens signed by an older
 * key keep verifying while it is still there.
 */
@ApplicationScoped
public class SigningKeys {

    @Inject
    @ConfigProperty(name = "shop.jwt.key-dir")
    String keyDir;

    private RsaJsonWebKey signing;
    private JsonWebKeySet published;

    @PostConstruct
    void load() {
        Path dir = Path.of(keyDir);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> publicKeys = files.filter(p -> p.toString().endsWith(".pub"))
                    .sorted(Comparator.comparing(SigningKeys::modified)).toList();
            if (publicKeys.isEmpty()) {
                throw new IllegalStateException("no token signing key in " + dir);
            }
            List<JsonWebKey> keys = new ArrayList<>();
            for (Path pub : publicKeys) {
                RsaJsonWebKey key = new RsaJsonWebKey((RSAPublicKey) KeyFactory.getInstance("RSA")
                        .generatePublic(new X509EncodedKeySpec(der(pub))));
                key.setKeyId(kid(pub));
                key.setAlgorithm("RS256");
                key.setUse("sig");
                keys.add(key);
            }
            published = new JsonWebKeySet(keys);
            Path newest = publicKeys.get(publicKeys.size() - 1);
            RsaJsonWebKey newestKey = (RsaJsonWebKey) keys.get(keys.size() - 1);
            PrivateKey privateKey = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der(newest.resolveSibling(kid(newest) + ".key"))));
            newestKey.setPrivateKey(privateKey);
            signing = newestKey;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable token signing key in " + dir, e);
        }
    }

    public RsaJsonWebKey signingKey() {
        return signing;
    }

    /** The JWKS document: public parts only. */
    public String jwks() {
        return published.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private static String kid(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static byte[] der(Path pem) throws IOException {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
