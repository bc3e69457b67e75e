package shop.payment.provider.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shop's WeChat Pay merchant account (API v3).
 *
 * @param mchId        the merchant number ({@code mchid})
 * @param appId        the app id the payments are made through ({@code appid})
 * @param serialNo     the serial number of the merchant's API certificate, naming the key
 *                     our requests are signed with
 * @param privateKey   the merchant's API private key ({@code apiclient_key.pem})
 * @param platformKeys WeChat Pay's public keys by serial ({@code Wechatpay-Serial}): a platform
 *                     certificate's serial or a public key id ({@code PUB_KEY_ID_...})
 * @param apiV3Key     the 32-byte APIv3 key that decrypts notification resources
 * @param gateway      the API's base URL
 */
public record WeChatPaySettings(String mchId, String appId, String serialNo, PrivateKey privateKey,
        Map<String, PublicKey> platformKeys, SecretKey apiV3Key, URI gateway) {

    public static final String MCH_ID = "shop.payment.wechat.mch-id";
    public static final String APP_ID = "shop.payment.wechat.app-id";
    public static final String SERIAL_NO = "shop.payment.wechat.serial-no";
    public static final String PRIVATE_KEY = "shop.payment.wechat.private-key";
    public static final String PLATFORM_SERIAL = "shop.payment.wechat.platform-serial";
    public static final String PLATFORM_PUBLIC_KEY = "shop.payment.wechat.platform-public-key";
    public static final String API_V3_KEY = "shop.payment.wechat.api-v3-key";
    public static final String GATEWAY = "shop.payment.wechat.gateway";
    public static final URI PRODUCTION_GATEWAY = URI.create("https://api.mch.weixin.qq.com");

    public WeChatPaySettings {
        Objects.requireNonNull(mchId, "mchId");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(serialNo, "serialNo");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(apiV3Key, "apiV3Key");
        Objects.requireNonNull(gateway, "gateway");
        platformKeys = Map.copyOf(platformKeys);
        if (platformKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one WeChat Pay platform key is needed");
        }
        if (apiV3Key.getEncoded().length != 32) {
            throw new IllegalArgumentException("the APIv3 key must be 32 bytes");
        }
    }

    /** The APIv3 key as the merchant platform shows it: 32 characters, used as their bytes. */
    public static SecretKey apiV3Key(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("the APIv3 key must be 32 bytes, was " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /**
     * The settings in {@code config} (a MicroProfile Config lookup by key); empty when WeChat
     * Pay is not configured.
     *
     * @throws IllegalStateException when it is configured in part, or a key does not read
     */
    public static Optional<WeChatPaySettings> from(Function<String, Optional<String>> config) {
        return ConfiguredKeys.read(config, List.of(MCH_ID, APP_ID, SERIAL_NO, PRIVATE_KEY, PLATFORM_SERIAL, PLATFORM_PUBLIC_KEY, API_V3_KEY))
                .map(values -> {
                    try {
                        return new WeChatPaySettings(values.get(MCH_ID), values.get(APP_ID), values.get(SERIAL_NO),
                                ProviderKeys.privateKey(values.get(PRIVATE_KEY)),
                                Map.of(values.get(PLATFORM_SERIAL), ProviderKeys.publicKey(values.get(PLATFORM_PUBLIC_KEY))),
                                apiV3Key(values.get(API_V3_KEY)), config.apply(GATEWAY).map(URI::create).orElse(PRODUCTION_GATEWAY));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException("WeChat Pay settings do not read: " + e.getMessage(), e);
                    }
                });
    }

    // Keys stay out of logs: the JDK's RSA private key prints its private exponent.
    @Override
    public String toString() {
        return "WeChatPaySettings[mchId=" + mchId + ", appId=" + appId + ", serialNo=" + serialNo + ", platformSerials="
                + platformKeys.keySet() + ", gateway=" + gateway + "]";
    }
}
