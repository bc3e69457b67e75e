package shop.payment.provider.control;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RSA keys as providers hand them out, and the one signature both use (SHA256withRSA, called
 * RSA2 by Alipay). A key is given as PEM or as bare Base64 DER, the form Alipay's key tool
 * prints: a private key in PKCS#8, a public key as X.509 SubjectPublicKeyInfo or inside an
 * X.509 certificate (WeChat Pay's platform certificate).
 */
public final class ProviderKeys {

    private static final String ALGORITHM = "SHA256withRSA";

    private ProviderKeys() {
    }

    /**
     * @throws IllegalArgumentException if {@code text} is no RSA private key in PKCS#8
     */
    public static PrivateKey privateKey(String text) {
        if (text.contains("BEGIN RSA PRIVATE KEY")) {
            // PKCS#1, what "openssl genrsa" wrote before 3.0; the JDK reads PKCS#8 only.
            throw new IllegalArgumentException("the private key is PKCS#1; convert it with 'openssl pkcs8 -topk8 -nocrypt'");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key in PKCS#8", e);
        }
    }

    /**
     * @throws IllegalArgumentException if {@code text} is neither an RSA public key nor a
     *                                  certificate holding one
     */
    public static PublicKey publicKey(String text) {
        try {
            if (text.contains("BEGIN CERTIFICATE")) {
                return CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(text.strip().getBytes(StandardCharsets.US_ASCII))).getPublicKey();
            }
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key or certificate", e);
        }
    }

    /** The Base64 SHA256withRSA signature of {@code text}'s UTF-8 bytes. */
    public static String sign(String text, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + ALGORITHM, e);
        }
    }

    /** Whether {@code base64Signature} is a SHA256withRSA signature of {@code text} by {@code key}. */
    public static boolean verify(String text, String base64Signature, PublicKey key) {
        if (base64Signature == null || base64Signature.isBlank()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getMimeDecoder().decode(base64Signature));
        } catch (IllegalArgumentException | SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot verify with " + ALGORITHM, e);
        }
    }

    private static byte[] der(String text) {
        String base64 = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a key must be PEM or Base64 DER", e);
        }
    }
}
