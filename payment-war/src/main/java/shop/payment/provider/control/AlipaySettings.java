package shop.payment.provider.control;

import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The shop's Alipay merchant account (an open platform application).
 *
 * @param appId           the application's {@code app_id}
 * @param privateKey      the application's private key, which signs our requests
 * @param alipayPublicKey Alipay's public key, which proves notifications and answers came from
 *                        Alipay (not the application's own public key)
 * @param gateway         the open platform gateway; the sandbox is
 *                        {@code https://openapi-sandbox.dl.alipaydev.com/gateway.do}
 */
public record AlipaySettings(String appId, PrivateKey privateKey, PublicKey alipayPublicKey, URI gateway) {

    public static final String APP_ID = "shop.payment.alipay.app-id";
    public static final String PRIVATE_KEY = "shop.payment.alipay.private-key";
    public static final String ALIPAY_PUBLIC_KEY = "shop.payment.alipay.alipay-public-key";
    public static final String GATEWAY = "shop.payment.alipay.gateway";
    public static final URI PRODUCTION_GATEWAY = URI.create("https://openapi.alipay.com/gateway.do");

    public AlipaySettings {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(alipayPublicKey, "alipayPublicKey");
        Objects.requireNonNull(gateway, "gateway");
    }

    /**
     * The settings in {@code config} (a MicroProfile Config lookup by key); empty when Alipay
     * is not configured.
     *
     * @throws IllegalStateException when it is configured in part, or a key does not read
     */
    public static Optional<AlipaySettings> from(Function<String, Optional<String>> config) {
        return ConfiguredKeys.read(config, List.of(APP_ID, PRIVATE_KEY, ALIPAY_PUBLIC_KEY)).map(values -> {
            try {
                return new AlipaySettings(values.get(APP_ID), ProviderKeys.privateKey(values.get(PRIVATE_KEY)),
                        ProviderKeys.publicKey(values.get(ALIPAY_PUBLIC_KEY)),
                        config.apply(GATEWAY).map(URI::create).orElse(PRODUCTION_GATEWAY));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Alipay settings do not read: " + e.getMessage(), e);
            }
        });
    }

    // Keys stay out of logs: the JDK's RSA private key prints its private exponent.
    @Override
    public String toString() {
        return "AlipaySettings[appId=" + appId + ", gateway=" + gateway + "]";
    }
}
