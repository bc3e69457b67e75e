package shop.payment.provider.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.time.ShopClock;

/**
 * The payment providers this deployment offers: each one whose settings are configured
 * ({@link AlipaySettings}, {@link WeChatPaySettings}); one without settings is simply not
 * offered, one configured in part stops the bean from starting, naming what is missing.
 */
@ApplicationScoped
public class PaymentProviders {

    private static final Logger LOG = Logger.getLogger(PaymentProviders.class.getName());

    @Inject
    Config config;

    @Inject
    ShopClock clock;

    private Map<String, PaymentProvider> providers = Map.of();

    /** For CDI. */
    public PaymentProviders() {
    }

    /** Providers read from {@code config} (a lookup by key), e.g. in tests. */
    public PaymentProviders(Function<String, Optional<String>> config, ShopClock clock) {
        this.providers = build(config, clock);
    }

    @PostConstruct
    void start() {
        providers = build(key -> config.getOptionalValue(key, String.class).map(PaymentProviders::dereferenced), clock);
    }

    /**
     * A setting's value, or the content of the file it names as {@code file:/path}: keys are
     * kept in files (mounted secrets), not in environment variables.
     */
    static String dereferenced(String value) {
        if (!value.startsWith("file:")) {
            return value;
        }
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(value.substring("file:".length())));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the key file " + value.substring("file:".length()), e);
        }
    }

    /** The provider named {@code name} ("alipay", "wechat"), if it is offered here. */
    public Optional<PaymentProvider> named(String name) {
        return Optional.ofNullable(providers.get(name));
    }

    /** The names of the providers offered here. */
    public Set<String> names() {
        return providers.keySet();
    }

    private static Map<String, PaymentProvider> build(Function<String, Optional<String>> config, ShopClock clock) {
        Map<String, PaymentProvider> offered = new LinkedHashMap<>();
        AlipaySettings.from(config).ifPresent(settings -> offered.put(AlipayProvider.NAME, new AlipayProvider(settings, clock)));
        WeChatPaySettings.from(config).ifPresent(settings -> offered.put(WeChatPayProvider.NAME, new WeChatPayProvider(settings, clock)));
        LOG.info(() -> "payment providers offered: " + (offered.isEmpty() ? "none configured" : String.join(", ", offered.keySet())));
        return Collections.unmodifiableMap(offered);
    }
}
