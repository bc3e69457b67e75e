package shop.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The event types and topics are exactly those of the public contract, named by its rules. */
class EventTypeTest {

    /** Copied from the contract, not from the code under test. */
    private static final Set<String> CONTRACT_TYPES = Set.of(
            "shop.user.registered",
            "shop.catalog.product.published", "shop.catalog.product.updated", "shop.catalog.product.unpublished",
            "shop.inventory.stock.changed", "shop.inventory.stock.low",
            "shop.inventory.shipment.created", "shop.inventory.shipment.delivered",
            "shop.order.placed", "shop.order.paid", "shop.order.cancelled", "shop.order.shipped",
            "shop.order.completed", "shop.order.refunded",
            "shop.payment.succeeded", "shop.payment.failed", "shop.payment.refunded",
            "shop.promo.coupon.redeemed", "shop.promo.flashsale.soldout");

    /** Types added beyond the contract's minimum (CONTRACT.md: "Add to it freely"), each with its schema. */
    private static final Set<String> ADDED_TYPES = Set.of("shop.catalog.product.rated", "shop.order.delivered", "shop.order.return.changed",
            "shop.user.deleted", "shop.user.tokens.revoked");

    private static final List<String> CONTRACT_TOPICS = List.of(
            "shop.user", "shop.catalog", "shop.inventory", "shop.order", "shop.payment", "shop.promo");

    @Test
    void every_contract_type_is_listed_and_nothing_unannounced() {
        Set<String> listed = Arrays.stream(EventType.values()).map(EventType::type).collect(Collectors.toSet());
        Set<String> expected = new java.util.HashSet<>(CONTRACT_TYPES);
        expected.addAll(ADDED_TYPES);
        assertEquals(expected, listed);
        assertEquals(expected.size(), EventType.values().length, "no type listed twice");
    }

    @Test
    void the_topics_are_the_contract_topics() {
        assertEquals(CONTRACT_TOPICS, Topics.ALL);
        assertEquals("shop.user", Topics.USER);
        assertEquals("shop.catalog", Topics.CATALOG);
        assertEquals("shop.inventory", Topics.INVENTORY);
        assertEquals("shop.order", Topics.ORDER);
        assertEquals("shop.payment", Topics.PAYMENT);
        assertEquals("shop.promo", Topics.PROMO);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void the_topic_is_the_first_two_segments_of_the_type(EventType type) {
        assertTrue(type.type().startsWith(type.topic() + "."), type + " on " + type.topic());
        String[] segments = type.type().split("\\.");
        assertEquals(segments[0] + "." + segments[1], type.topic());
        assertTrue(Topics.ALL.contains(type.topic()));
    }

    @Test
    void every_topic_carries_a_type() {
        Set<String> used = Arrays.stream(EventType.values()).map(EventType::topic).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Topics.ALL), used);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schema_file_and_dataschema_follow_the_naming_rule(EventType type) {
        String expected = type.type().substring("shop.".length()).replace('.', '-') + ".json";
        assertEquals(expected, type.schemaFile());
        assertEquals("https://shop.example/events/" + expected, type.dataschema());
        assertTrue(type.schemaFile().matches("[a-z0-9-]+\\.json"), type.schemaFile());
    }

    @Test
    void examples_from_the_brief() {
        assertEquals("shop.order.placed", EventType.ORDER_PLACED.type());
        assertEquals(Topics.ORDER, EventType.ORDER_PLACED.topic());
        assertEquals("order-placed.json", EventType.ORDER_PLACED.schemaFile());
        assertEquals("https://shop.example/events/order-placed.json", EventType.ORDER_PLACED.dataschema());
        assertEquals("orderId", EventType.ORDER_PLACED.subjectField());
        assertEquals("promo-flashsale-soldout.json", EventType.PROMO_FLASHSALE_SOLDOUT.schemaFile());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void order_events_are_about_the_order(EventType type) {
        if (type.topic().equals(Topics.ORDER)) {
            assertEquals("orderId", type.subjectField());
        }
        assertTrue(type.subjectField().endsWith("Id"), type.subjectField());
    }

    @Test
    void types_are_looked_up_by_their_string() {
        for (EventType type : EventType.values()) {
            assertEquals(Optional.of(type), EventType.ofType(type.type()));
        }
        assertEquals(Optional.empty(), EventType.ofType("shop.order.placed.v2"));
        assertEquals(Optional.empty(), EventType.ofType("ORDER_PLACED"));
        assertEquals(Optional.empty(), EventType.ofType(null));
    }
}
