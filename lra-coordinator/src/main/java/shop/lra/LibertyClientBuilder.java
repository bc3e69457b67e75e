package shop.lra;

import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Configuration;

/**
 * The JAX-RS client builder the coordinator's {@code ServiceLoader} finds first (the WAR loads
 * parent-last). Narayana's recovery looks the builder up under its own class loader, which lists
 * Liberty's builder but cannot load it; this one hands every call to Liberty's builder, whose
 * class {@link ManagedRecoveryPasses} loads at start-up, where Liberty's loader is in effect.
 */
public class LibertyClientBuilder extends ClientBuilder {

    static final String LIBERTY_BUILDER = "io.openliberty.org.jboss.resteasy.common.client.LibertyResteasyClientBuilderImpl";

    private static volatile Class<?> liberty;

    private final ClientBuilder delegate;

    public LibertyClientBuilder() {
        try {
            delegate = (ClientBuilder) liberty.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Liberty's JAX-RS client builder was not loaded at start-up", e);
        }
    }

    /** Loads Liberty's builder class with the given (Liberty's application) class loader. */
    static void load(ClassLoader loader) throws ClassNotFoundException {
        liberty = Class.forName(LIBERTY_BUILDER, false, loader);
    }

    @Override
    public ClientBuilder withConfig(Configuration config) { delegate.withConfig(config); return this; }
    @Override
    public ClientBuilder sslContext(SSLContext sslContext) { delegate.sslContext(sslContext); return this; }
    @Override
    public ClientBuilder keyStore(KeyStore keyStore, char[] password) { delegate.keyStore(keyStore, password); return this; }
    @Override
    public ClientBuilder trustStore(KeyStore trustStore) { delegate.trustStore(trustStore); return this; }
    @Override
    public ClientBuilder hostnameVerifier(HostnameVerifier verifier) { delegate.hostnameVerifier(verifier); return this; }
    @Override
    public ClientBuilder executorService(ExecutorService executorService) { delegate.executorService(executorService); return this; }
    @Override
    public ClientBuilder scheduledExecutorService(ScheduledExecutorService executor) { delegate.scheduledExecutorService(executor); return this; }
    @Override
    public ClientBuilder connectTimeout(long timeout, TimeUnit unit) { delegate.connectTimeout(timeout, unit); return this; }
    @Override
    public ClientBuilder readTimeout(long timeout, TimeUnit unit) { delegate.readTimeout(timeout, unit); return this; }
    @Override
    public Client build() { return delegate.build(); }
    @Override
    public Configuration getConfiguration() { return delegate.getConfiguration(); }
    @Override
    public ClientBuilder property(String name, Object value) { delegate.property(name, value); return this; }
    @Override
    public ClientBuilder register(Class<?> componentClass) { delegate.register(componentClass); return this; }
    @Override
    public ClientBuilder register(Class<?> componentClass, int priority) { delegate.register(componentClass, priority); return this; }
    @Override
    public ClientBuilder register(Class<?> componentClass, Class<?>... contracts) { delegate.register(componentClass, contracts); return this; }
    @Override
    public ClientBuilder register(Class<?> componentClass, Map<Class<?>, Integer> contracts) { delegate.register(componentClass, contracts); return this; }
    @Override
    public ClientBuilder register(Object component) { delegate.register(component); return this; }
    @Override
    public ClientBuilder register(Object component, int priority) { delegate.register(component, priority); return this; }
    @Override
    public ClientBuilder register(Object component, Class<?>... contracts) { delegate.register(component, contracts); return this; }
    @Override
    public ClientBuilder register(Object component, Map<Class<?>, Integer> contracts) { delegate.register(component, contracts); return this; }
}
