package shop.inventory.shipment.entity;

/** Where a parcel is, as its carrier reports it. */
public enum ShipmentStatus {
    /** Handed to the carrier; no report yet. */
    CREATED,
    IN_TRANSIT,
    OUT_FOR_DELIVERY,
    DELIVERED
}
