package shop.ci;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Generates the RS256 key pair user-war signs access tokens with, once, into the data folder
 * ({@code <dir>/<kid>.key} as PKCS#8 PEM, readable by the owner only, and {@code <dir>/<kid>.pub}
 * as X.509 PEM). The kid is derived from the public key, so it changes with the key.
 */
public final class SigningKeys {

    private SigningKeys() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SigningKeys <key-dir>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        try (var existing = Files.list(dir)) {
            if (existing.anyMatch(p -> p.getFileName().toString().endsWith(".key"))) {
                return;
            }
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String kid = kid(pair.getPublic().getEncoded());
        Path key = dir.resolve(kid + ".key");
        Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(dir.resolve(kid + ".pub"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        System.out.println("  generated token signing key " + kid);
    }

    static String kid(byte[] publicKey) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
