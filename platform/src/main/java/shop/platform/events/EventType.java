package shop.platform.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every public event type of the shop: its CloudEvents {@code type}, the topic it is published
 * to, the JSON Schema of its {@code data}, and which id its {@code subject} carries.
 *
 * <p>Naming rules, all checked by the platform's tests:
 * <ul>
 * <li>the type is {@code shop.<service>.<what happened>}, and the topic is its first two
 *     segments, {@code shop.<service>} (one of {@link Topics});</li>
 * <li>the schema file is the type without {@code shop.}, dots turned into hyphens, plus
 *     {@code .json} ({@code shop.order.placed} &rarr; {@code order-placed.json}); it lives in the
 *     repository's {@code docs/events/} folder;</li>
 * <li>the event's {@code dataschema} attribute is {@value #SCHEMA_BASE} followed by that file
 *     name ({@code https://shop.example/events/order-placed.json}), which is also the schema's {@code $id};</li>
 * <li>the event's {@code subject} equals the {@link #subjectField()} member of its data (the
 *     order id for {@code shop.order.*}).</li>
 * </ul>
 *
 * <p>Types only grow: a field may be added to a type's data, never removed, renamed or
 * retyped. A change that would break a consumer becomes a new type (for example
 * {@code shop.order.placed.v2}) published next to the old one until its consumers have moved.
 * A consumer must therefore ignore data fields it does not know, and must not reject an event
 * whose type is missing here (see {@link #ofType(String)}).
 */
public enum EventType {

    /** A shopper created an account. Subject: the user id. */
    USER_REGISTERED("shop.user.registered", Topics.USER, "userId"),
    /** A user deleted their account; other services should forget their personal data. Subject: the user id. */
    USER_DELETED("shop.user.deleted", Topics.USER, "userId"),
    /**
     * Access tokens of a user issued before a moment must no longer be honoured (the account was
     * disabled or deleted, or its roles changed). Subject: the user id.
     */
    USER_TOKENS_REVOKED("shop.user.tokens.revoked", Topics.USER, "userId"),

    /** A product became visible and purchasable. Subject: the product id. */
    CATALOG_PRODUCT_PUBLISHED("shop.catalog.product.published", Topics.CATALOG, "productId"),
    /** A published product changed (name, prices, SKUs, ...). Subject: the product id. */
    CATALOG_PRODUCT_UPDATED("shop.catalog.product.updated", Topics.CATALOG, "productId"),
    /** A product was withdrawn from sale. Subject: the product id. */
    CATALOG_PRODUCT_UNPUBLISHED("shop.catalog.product.unpublished", Topics.CATALOG, "productId"),
    /** A product's rating changed (a review was added, hidden or shown again). Subject: the product id. */
    CATALOG_PRODUCT_RATED("shop.catalog.product.rated", Topics.CATALOG, "productId"),

    /** The stock of a SKU changed. Subject: the SKU id. */
    INVENTORY_STOCK_CHANGED("shop.inventory.stock.changed", Topics.INVENTORY, "skuId"),
    /** The available stock of a SKU fell to or below its threshold. Subject: the SKU id. */
    INVENTORY_STOCK_LOW("shop.inventory.stock.low", Topics.INVENTORY, "skuId"),
    /** A shipment was handed to a carrier. Subject: the shipment id. */
    INVENTORY_SHIPMENT_CREATED("shop.inventory.shipment.created", Topics.INVENTORY, "shipmentId"),
    /** The carrier delivered a shipment. Subject: the shipment id. */
    INVENTORY_SHIPMENT_DELIVERED("shop.inventory.shipment.delivered", Topics.INVENTORY, "shipmentId"),

    /** An order was placed and awaits payment. Subject: the order id. */
    ORDER_PLACED("shop.order.placed", Topics.ORDER, "orderId"),
    /** An order was paid. Subject: the order id. */
    ORDER_PAID("shop.order.paid", Topics.ORDER, "orderId"),
    /** An order was cancelled (by the shopper, the operator, or payment timeout). Subject: the order id. */
    ORDER_CANCELLED("shop.order.cancelled", Topics.ORDER, "orderId"),
    /** An order left the warehouse. Subject: the order id. */
    ORDER_SHIPPED("shop.order.shipped", Topics.ORDER, "orderId"),
    /** The carrier delivered an order; the shopper may confirm receipt or return goods. Subject: the order id. */
    ORDER_DELIVERED("shop.order.delivered", Topics.ORDER, "orderId"),
    /** An order was delivered and confirmed. Subject: the order id. */
    ORDER_COMPLETED("shop.order.completed", Topics.ORDER, "orderId"),
    /** A return of an order's goods was requested, approved, rejected, received or refunded. Subject: the order id. */
    ORDER_RETURN_CHANGED("shop.order.return.changed", Topics.ORDER, "orderId"),
    /** Money was refunded on an order. Subject: the order id. */
    ORDER_REFUNDED("shop.order.refunded", Topics.ORDER, "orderId"),

    /** A payment was captured. Subject: the payment id. */
    PAYMENT_SUCCEEDED("shop.payment.succeeded", Topics.PAYMENT, "paymentId"),
    /** A payment attempt failed. Subject: the payment id. */
    PAYMENT_FAILED("shop.payment.failed", Topics.PAYMENT, "paymentId"),
    /** A payment was refunded, fully or partly. Subject: the payment id. */
    PAYMENT_REFUNDED("shop.payment.refunded", Topics.PAYMENT, "paymentId"),

    /** A coupon was used on an order. Subject: the coupon id. */
    PROMO_COUPON_REDEEMED("shop.promo.coupon.redeemed", Topics.PROMO, "couponId"),
    /** A flash sale sold its last unit. Subject: the flash sale id. */
    PROMO_FLASHSALE_SOLDOUT("shop.promo.flashsale.soldout", Topics.PROMO, "flashSaleId");

    /**
     * Where the schemas are published, as the leading part of every {@code dataschema} and
     * schema {@code $id}: an absolute URI (CloudEvents requires one) naming the schema, not a server.
     */
    public static final String SCHEMA_BASE = "https://shop.example/events/";

    private static final String PREFIX = "shop.";

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private final String type;
    private final String topic;
    private final String schemaFile;
    private final String subjectField;

    EventType(String type, String topic, String subjectField) {
        this.type = type;
        this.topic = topic;
        this.schemaFile = type.substring(PREFIX.length()).replace('.', '-') + ".json";
        this.subjectField = subjectField;
    }

    /**
     * The CloudEvents {@code type} attribute and the value of the JMS property
     * {@value CloudEvent#JMS_TYPE_PROPERTY}, e.g. {@code shop.order.placed}.
     *
     * @return the type string of the contract
     */
    public String type() {
        return type;
    }

    /**
     * The topic events of this type are published to, e.g. {@code shop.order}.
     *
     * @return one of {@link Topics#ALL}
     */
    public String topic() {
        return topic;
    }

    /**
     * The file name of the JSON Schema of this type's data in {@code docs/events/}, e.g.
     * {@code order-placed.json}.
     *
     * @return the schema's file name
     */
    public String schemaFile() {
        return schemaFile;
    }

    /**
     * The {@code dataschema} attribute of events of this type, and the {@code $id} of their
     * schema: {@value #SCHEMA_BASE} plus {@link #schemaFile()}, e.g.
     * {@code https://shop.example/events/order-placed.json}.
     *
     * @return the schema's absolute URI
     */
    public String dataschema() {
        return SCHEMA_BASE + schemaFile;
    }

    /**
     * The member of the data that holds the id the event is about, which is also the event's
     * {@code subject}, e.g. {@code orderId}.
     *
     * @return the data member name
     */
    public String subjectField() {
        return subjectField;
    }

    /**
     * Looks a type string up.
     *
     * @param type a CloudEvents {@code type} such as {@code shop.order.placed}
     * @return the event type, or empty for a type this version of the platform does not know
     *         (a newer one, or another producer's); consumers should ignore those, not fail
     */
    public static Optional<EventType> ofType(String type) {
        return Optional.ofNullable(type).map(BY_TYPE::get);
    }
}
