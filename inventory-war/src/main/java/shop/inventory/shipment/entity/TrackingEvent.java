package shop.inventory.shipment.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One update a carrier reported for a parcel. */
@Embeddable
public class TrackingEvent {

    @Column(name = "event_id")
    private String eventId;

    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;

    private String location;

    private String description;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    protected TrackingEvent() {
    }

    public TrackingEvent(String eventId, ShipmentStatus status, String location, String description, OffsetDateTime occurredAt) {
        this.eventId = eventId;
        this.status = status;
        this.location = location;
        this.description = description;
        this.occurredAt = occurredAt;
    }

    public String eventId() { return eventId; }
    public ShipmentStatus status() { return status; }
    public String location() { return location; }
    public String description() { return description; }
    public OffsetDateTime occurredAt() { return occurredAt; }
}
