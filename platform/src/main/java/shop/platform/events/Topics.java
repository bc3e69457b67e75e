package shop.platform.events;

import java.util.List;

/**
 * The six public JMS topics of the shop, one per publishing service. Every event of a type
 * {@code shop.<service>.…} is published to the topic {@code shop.<service>} (see
 * {@link EventType#topic()}).
 *
 * <p>The names are compile-time constants so they can be used in annotations and selectors.
 * Integrators subscribe to a topic with a durable subscription and narrow it with a message
 * selector on the {@value CloudEvent#JMS_TYPE_PROPERTY} property, for example
 * {@code ce_type LIKE 'shop.order.%'}.
 */
public final class Topics {

    /** User accounts: {@code shop.user.*}. */
    public static final String USER = "shop.user";
    /** Product catalog: {@code shop.catalog.*}. */
    public static final String CATALOG = "shop.catalog";
    /** Stock and shipments: {@code shop.inventory.*}. */
    public static final String INVENTORY = "shop.inventory";
    /** Orders: {@code shop.order.*}. */
    public static final String ORDER = "shop.order";
    /** Payments and refunds: {@code shop.payment.*}. */
    public static final String PAYMENT = "shop.payment";
    /** Coupons and flash sales: {@code shop.promo.*}. */
    public static final String PROMO = "shop.promo";

    /** All public topics, in the order the contract lists them. */
    public static final List<String> ALL = List.of(USER, CATALOG, INVENTORY, ORDER, PAYMENT, PROMO);

    private Topics() {
    }
}
