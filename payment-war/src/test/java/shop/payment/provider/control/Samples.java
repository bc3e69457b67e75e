package shop.payment.provider.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import shop.platform.time.ShopClock;

/** The recorded provider messages and TEST-ONLY keys under {@code provider-samples}. */
final class Samples {

    private Samples() {
    }

    static String text(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/provider-samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code .headers} sample: one {@code Name: value} a line. */
    static Map<String, String> headers(String name) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : text(name).split("\n")) {
            if (!line.isBlank()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    static ShopClock clockAt(String instant) {
        return new ShopClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    static AlipaySettings alipay() {
        return new AlipaySettings(ProviderSampleMaker.ALIPAY_APP_ID, ProviderKeys.privateKey(text("alipay-TEST-ONLY-app-private.pem")),
                ProviderKeys.publicKey(text("alipay-TEST-ONLY-platform-public.pem")), AlipaySettings.PRODUCTION_GATEWAY);
    }

    static WeChatPaySettings wechat() {
        return new WeChatPaySettings(ProviderSampleMaker.WECHAT_MCH_ID, ProviderSampleMaker.WECHAT_APP_ID,
                "5157F09EFDC096DE15EBE81A47057A7232F1B8E1", ProviderKeys.privateKey(text("wechat-TEST-ONLY-merchant-private.pem")),
                Map.of(ProviderSampleMaker.WECHAT_PLATFORM_SERIAL, ProviderKeys.publicKey(text("wechat-TEST-ONLY-platform-public.pem"))),
                WeChatPaySettings.apiV3Key(text("wechat-TEST-ONLY-api-v3-key.txt").strip()), WeChatPaySettings.PRODUCTION_GATEWAY);
    }
}
