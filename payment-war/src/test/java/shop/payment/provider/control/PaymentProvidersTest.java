package shop.payment.provider.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import shop.payment.provider.entity.PaymentOrder;
import shop.platform.time.ShopClock;

/** Which providers a deployment offers follows from its configuration alone. */
class PaymentProvidersTest {

    private static Map<String, String> alipay() {
        return Map.of(
                AlipaySettings.APP_ID, ProviderSampleMaker.ALIPAY_APP_ID,
                AlipaySettings.PRIVATE_KEY, Samples.text("alipay-TEST-ONLY-app-private.pem"),
                // Alipay's key tool prints bare Base64 DER, without PEM lines: both are read.
                AlipaySettings.ALIPAY_PUBLIC_KEY, Samples.text("alipay-TEST-ONLY-platform-public.pem")
                        .replaceAll("-----[A-Z ]+-----|\\s", ""),
                AlipaySettings.GATEWAY, "https://openapi-sandbox.dl.alipaydev.com/gateway.do");
    }

    private static Map<String, String> wechat() {
        return Map.of(
                WeChatPaySettings.MCH_ID, ProviderSampleMaker.WECHAT_MCH_ID,
                WeChatPaySettings.APP_ID, ProviderSampleMaker.WECHAT_APP_ID,
                WeChatPaySettings.SERIAL_NO, "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
                WeChatPaySettings.PRIVATE_KEY, Samples.text("wechat-TEST-ONLY-merchant-private.pem"),
                WeChatPaySettings.PLATFORM_SERIAL, ProviderSampleMaker.WECHAT_PLATFORM_SERIAL,
                WeChatPaySettings.PLATFORM_PUBLIC_KEY, Samples.text("wechat-TEST-ONLY-platform-public.pem"),
                WeChatPaySettings.API_V3_KEY, Samples.text("wechat-TEST-ONLY-api-v3-key.txt").strip());
    }

    private static PaymentProviders from(Map<String, String> config) {
        return new PaymentProviders(key -> Optional.ofNullable(config.get(key)), new ShopClock());
    }

    @Test
    void nothing_configured_offers_nothing() {
        PaymentProviders providers = from(Map.of());
        assertEquals(Set.of(), providers.names());
        assertTrue(providers.named("alipay").isEmpty());
    }

    @Test
    void each_configured_provider_is_offered_by_name() {
        Map<String, String> config = new HashMap<>(alipay());
        config.putAll(wechat());
        PaymentProviders providers = from(config);
        assertEquals(Set.of("alipay", "wechat"), providers.names());
        assertEquals("alipay", providers.named("alipay").orElseThrow().name());
        assertEquals("wechat", providers.named("wechat").orElseThrow().name());
        assertTrue(providers.named("sandbox").isEmpty(), "the sandbox keeps its own path for now");
    }

    @Test
    void the_configured_gateway_is_used() {
        assertTrue(from(alipay()).named("alipay").orElseThrow()
                .payRequest(new PaymentOrder(ProviderSampleMaker.PAYMENT_ID, 1, "CNY", "x", "https://n"))
                .url().toString().startsWith("https://openapi-sandbox.dl.alipaydev.com/gateway.do?"));
    }

    @Test
    void a_provider_configured_in_part_is_an_error_naming_what_is_missing() {
        Map<String, String> config = new HashMap<>(wechat());
        config.remove(WeChatPaySettings.API_V3_KEY);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> from(config));
        assertTrue(error.getMessage().contains(WeChatPaySettings.API_V3_KEY), error.getMessage());
    }

    @Test
    void a_key_that_does_not_read_is_an_error_without_the_key_in_it() {
        Map<String, String> config = new HashMap<>(alipay());
        config.put(AlipaySettings.PRIVATE_KEY, "bm90IGEga2V5");
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> from(config));
        assertFalse(error.getMessage().contains("bm90IGEga2V5"));
    }

    @Test
    void a_pkcs1_private_key_is_refused_with_how_to_convert_it() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ProviderKeys.privateKey("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n"));
        assertTrue(error.getMessage().contains("openssl pkcs8"));
    }

    @Test
    void the_settings_never_print_the_keys() {
        String printed = Samples.wechat().toString();
        assertFalse(printed.contains("TESTONLY"));
        assertFalse(printed.contains("exponent"));
    }
}
