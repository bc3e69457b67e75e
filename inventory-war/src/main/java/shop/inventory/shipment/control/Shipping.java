package shop.inventory.shipment.control;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import shop.inventory.shipment.entity.Shipment;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * Hands an order to a carrier: the parcel is written unconfirmed, order-war moves the order to
 * SHIPPED (or refuses: then the parcel is dropped), and only then does the shipment count. When
 * order-war does not answer, the unconfirmed parcel stays and the operator's next attempt reuses it.
 */
@ApplicationScoped
public class Shipping {

    @Inject
    ShipmentBook shipments;

    @Inject
    @RestClient
    OrderShippingClient orders;

    public Shipment ship(String orderId, String carrier, String trackingNo, String operator) {
        Shipment parcel = shipments.prepare(orderId, carrier, trackingNo, operator);
        JsonObject order;
        try {
            order = orders.ship(orderId, Jsons.createObjectBuilder()
                    .add("shipmentId", parcel.id())
                    .add("carrier", carrier)
                    .add("trackingNo", trackingNo)
                    .build());
        } catch (ProblemException refused) {
            if (refused.problem().status() >= 500) {
                throw refused;
            }
            shipments.drop(parcel.id());
            if (refused.problem().code() == ErrorCode.NOT_FOUND) {
                throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such order.");
            }
            throw refused;
        }
        return shipments.confirm(parcel.id(), order.getString("userId"));
    }
}
