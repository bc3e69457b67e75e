package shop.payment.payment.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import shop.payment.payment.entity.Payment;
import shop.platform.json.Jsons;
import shop.platform.sandbox.CallbackSignature;
import shop.platform.time.ShopClock;

/**
 * The sandbox payment provider, standing in for Alipay or WeChat Pay: it "takes" the shopper's
 * money with the outcome asked for and then, asynchronously and signed with
 * {@code SHOP_SANDBOX_SECRET}, posts the callback a real provider would post
 * ({@link SandboxCallbackClient}). A callback that does not get through is posted
 * again a few times, as providers do; repeating an identical callback is harmless.
 */
@ApplicationScoped
public class SandboxProvider {

    private static final Logger LOG = Logger.getLogger(SandboxProvider.class.getName());

    @Inject
    @ConfigProperty(name = "shop.sandbox.secret")
    String secret;

    @Inject
    @ConfigProperty(name = "shop.payment.sandbox.delay-ms", defaultValue = "50")
    long delayMillis;

    @Inject
    ShopClock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @RestClient
    SandboxCallbackClient shop;

    @Inject
    SandboxLedger books;

    /**
     * Takes the payment with the given outcome; the callback follows shortly. Like a real
     * provider, it takes the money again if asked again before its callback arrived: daily
     * reconciliation finds such a second payment.
     */
    public void pay(Payment payment, boolean success) {
        Map<String, String> callback = new LinkedHashMap<>();
        callback.put("paymentId", payment.id());
        callback.put("providerTxnId", "SBX" + UUID.randomUUID().toString().replace("-", ""));
        callback.put("amount", Long.toString(payment.amount()));
        callback.put("currency", payment.currency());
        callback.put("status", success ? "SUCCEEDED" : "FAILED");
        callback.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        callback.put("nonce", UUID.randomUUID().toString());
        callback.put(CallbackSignature.FIELD, CallbackSignature.sign(callback, secret));
        if (success) {
            books.took(callback.get("providerTxnId"), payment.id(), payment.amount(), payment.currency(), clock.now());
        }
        executor.schedule(() -> {
            try {
                JsonObjectBuilder body = Jsons.createObjectBuilder();
                callback.forEach(body::add);
                shop.deliver(body.build()).close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "sandbox callback for payment " + payment.id() + " was not delivered: " + e.getMessage());
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }
}
