package shop.inventory.shipment.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import shop.inventory.shipment.entity.Shipment;
import shop.inventory.shipment.entity.ShipmentStatus;
import shop.platform.json.Jsons;
import shop.platform.sandbox.CallbackSignature;
import shop.platform.time.ShopClock;

/**
 * The sandbox carrier, standing in for SF, YTO, JD and the others: asked to report a stage of a
 * parcel, it posts, asynchronously and signed with {@code SHOP_SANDBOX_SECRET}, the tracking
 * callback a real carrier's push API would post. A real carrier is another signature and field
 * mapping in front of the same {@link ShipmentBook#report}.
 */
@ApplicationScoped
public class SandboxCarrier {

    private static final Logger LOG = Logger.getLogger(SandboxCarrier.class.getName());

    @Inject
    @ConfigProperty(name = "shop.sandbox.secret")
    String secret;

    @Inject
    ShopClock clock;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @RestClient
    SandboxCarrierClient shop;

    /** Reports that the parcel reached {@code status} at {@code location}; the callback follows shortly. */
    public void report(Shipment parcel, ShipmentStatus status, String location) {
        Map<String, String> callback = new LinkedHashMap<>();
        callback.put("carrier", parcel.carrier());
        callback.put("trackingNo", parcel.trackingNo());
        callback.put("eventId", "SBXT" + UUID.randomUUID().toString().replace("-", ""));
        callback.put("status", status.name());
        callback.put("location", location == null ? "" : location);
        callback.put("description", describe(status));
        callback.put("occurredAt", clock.now().toString());
        callback.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        callback.put("nonce", UUID.randomUUID().toString());
        callback.put(CallbackSignature.FIELD, CallbackSignature.sign(callback, secret));
        executor.submit(() -> {
            try {
                JsonObjectBuilder body = Jsons.createObjectBuilder();
                callback.forEach(body::add);
                shop.deliver(body.build()).close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "sandbox tracking update for parcel " + parcel.id() + " was not delivered: " + e.getMessage());
            }
        });
    }

    private static String describe(ShipmentStatus status) {
        return switch (status) {
            case CREATED -> "Parcel registered";
            case IN_TRANSIT -> "In transit";
            case OUT_FOR_DELIVERY -> "Out for delivery";
            case DELIVERED -> "Delivered, signed for";
        };
    }
}
