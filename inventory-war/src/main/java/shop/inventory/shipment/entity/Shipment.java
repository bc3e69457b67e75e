package shop.inventory.shipment.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The parcel carrying one order, and what its carrier reported. A delivery is taken once; a
 * report about an earlier stage arriving after it is kept in the tracking history but does not
 * move the parcel back.
 */
@Entity
@Table(name = "shipment")
@NamedQuery(name = Shipment.OF_ORDER, query = "SELECT s FROM Shipment s WHERE s.orderId = :order")
@NamedQuery(name = Shipment.WITH_TRACKING, query = "SELECT s FROM Shipment s LEFT JOIN FETCH s.tracking WHERE s.id = :id")
@NamedQuery(name = Shipment.BY_TRACKING_NO, query = "SELECT s FROM Shipment s WHERE s.carrier = :carrier AND s.trackingNo = :trackingNo")
public class Shipment {

    public static final String OF_ORDER = "Shipment.ofOrder";
    public static final String BY_TRACKING_NO = "Shipment.byTrackingNo";
    public static final String WITH_TRACKING = "Shipment.withTracking";

    @Id
    private String id;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "user_id")
    private String userId;

    private String carrier;

    @Column(name = "tracking_no")
    private String trackingNo;

    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;

    private boolean confirmed;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shipment_tracking", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderColumn(name = "seq")
    private List<TrackingEvent> tracking = new ArrayList<>();

    protected Shipment() {
    }

    /** A parcel being handed over; it counts once the order has agreed ({@link #confirm}). */
    public static Shipment handingOver(String id, String orderId, String carrier, String trackingNo, String operator, OffsetDateTime now) {
        Shipment s = new Shipment();
        s.id = id;
        s.orderId = orderId;
        s.carrier = carrier;
        s.trackingNo = trackingNo;
        s.createdBy = operator;
        s.status = ShipmentStatus.CREATED;
        s.createdAt = now;
        s.updatedAt = now;
        return s;
    }

    /** The order moved to SHIPPED: the parcel is on its way and belongs to the order's shopper. */
    public boolean confirm(String userId, OffsetDateTime now) {
        if (confirmed) {
            return false;
        }
        this.userId = userId;
        this.confirmed = true;
        this.updatedAt = now;
        return true;
    }

    /** Asked again while unconfirmed: the latest carrier and tracking number are the ones to use. */
    public void retarget(String carrier, String trackingNo, OffsetDateTime now) {
        this.carrier = carrier;
        this.trackingNo = trackingNo;
        this.updatedAt = now;
    }

    /** Records a carrier's report. True when it delivered the parcel just now. */
    public boolean report(TrackingEvent event, OffsetDateTime now) {
        tracking.add(event);
        updatedAt = now;
        if (status == ShipmentStatus.DELIVERED) {
            return false;
        }
        if (event.status() == ShipmentStatus.DELIVERED) {
            status = ShipmentStatus.DELIVERED;
            deliveredAt = event.occurredAt();
            return true;
        }
        if (event.status().ordinal() > status.ordinal()) {
            status = event.status();
        }
        return false;
    }

    public boolean knows(String eventId) {
        return tracking.stream().anyMatch(e -> e.eventId().equals(eventId));
    }

    public boolean visibleTo(String user) {
        return confirmed && user.equals(userId);
    }

    public String id() { return id; }
    public String orderId() { return orderId; }
    public String userId() { return userId; }
    public String carrier() { return carrier; }
    public String trackingNo() { return trackingNo; }
    public ShipmentStatus status() { return status; }
    public boolean confirmed() { return confirmed; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime deliveredAt() { return deliveredAt; }
    public List<TrackingEvent> tracking() { return List.copyOf(tracking); }
}
