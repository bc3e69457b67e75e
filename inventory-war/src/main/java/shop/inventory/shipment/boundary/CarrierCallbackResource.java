package shop.inventory.shipment.boundary;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.inventory.shipment.control.ShipmentBook;
import shop.inventory.shipment.entity.Shipment;
import shop.inventory.shipment.entity.ShipmentStatus;
import shop.inventory.shipment.entity.TrackingEvent;
import shop.platform.json.Jsons;
import shop.platform.problem.ProblemException;
import shop.platform.sandbox.CallbackSignature;
import shop.platform.time.ShopClock;

/**
 * {@code POST /inventory/carriers/sandbox/callbacks}: the sandbox carrier reports a tracking
 * update, every field a JSON string, signed like the sandbox payment callbacks (lowercase hex
 * HMAC-SHA256 with {@code SHOP_SANDBOX_SECRET} of the other fields sorted by name, joined
 * {@code name=value} with {@code &}). The signature is checked first (401, nothing recorded); an
 * update already recorded (same {@code eventId}) is answered 200 and changes nothing; otherwise
 * the timestamp must be within 300 s and the nonce new (400).
 */
@Path("carriers/sandbox/callbacks")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CarrierCallbackResource {

    static final Duration WINDOW = Duration.ofSeconds(300);
    static final List<String> FIELDS = List.of("carrier", "trackingNo", "eventId", "status", "occurredAt", "timestamp", "nonce");

    @Inject
    @ConfigProperty(name = "shop.sandbox.secret")
    String secret;

    @Inject
    ShipmentBook shipments;

    @Inject
    ShopClock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Carrier tracking update (signed with HMAC-SHA256, as the sandbox payment callbacks)")
    public JsonObject receive(@NotNull JsonObject callback) {
        Map<String, String> fields = CallbackSignature.verifiedFields(callback, secret);
        for (String name : FIELDS) {
            String value = fields.get(name);
            if (value == null || value.isBlank() || value.length() > 100) {
                throw ProblemException.invalid(name, "is required (a string of at most 100 characters)");
            }
        }
        ShipmentStatus status = status(fields.get("status"));
        OffsetDateTime occurredAt = occurredAt(fields.get("occurredAt"));
        Shipment parcel = shipments.byTrackingNo(fields.get("carrier"), fields.get("trackingNo"))
                .orElseThrow(() -> ProblemException.notFound("No such parcel."));
        if (parcel.knows(fields.get("eventId"))) {
            return answer(parcel, false);
        }
        CallbackSignature.requireFresh(fields.get("timestamp"), clock.instant(), WINDOW);
        if (!shipments.firstUse(fields.get("nonce"))) {
            throw ProblemException.invalid("nonce", "was used before");
        }
        TrackingEvent event = new TrackingEvent(fields.get("eventId"), status, limit(fields.get("location"), 100),
                limit(fields.get("description"), 200), occurredAt);
        return answer(shipments.report(fields.get("carrier"), fields.get("trackingNo"), event), true);
    }

    private static ShipmentStatus status(String value) {
        try {
            ShipmentStatus status = ShipmentStatus.valueOf(value);
            if (status != ShipmentStatus.CREATED) {
                return status;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.invalid("status", "must be IN_TRANSIT, OUT_FOR_DELIVERY or DELIVERED");
    }

    private static OffsetDateTime occurredAt(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("occurredAt", "must be an ISO-8601 date-time with offset");
        }
    }

    private static String limit(String text, int max) {
        return text == null || text.isEmpty() ? null : text.length() <= max ? text : text.substring(0, max);
    }

    private static JsonObject answer(Shipment parcel, boolean recorded) {
        return Jsons.createObjectBuilder().add("received", true).add("recorded", recorded).add("status", parcel.status().name()).build();
    }
}
