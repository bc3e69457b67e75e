package shop.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/** The envelope: building, writing, reading and rejecting events. Public for JSON-B binding of its records. */
public class CloudEventTest {

    private static final OffsetDateTime TIME = OffsetDateTime.of(2025, 3, 1, 9, 41, 0, 0, ZoneOffset.ofHours(8));

    private static JsonObject money(long amount) {
        return Json.createObjectBuilder().add("amount", amount).add("currency", "CNY").build();
    }

    private static final JsonObject PAID = Json.createObjectBuilder()
            .add("orderId", "O1")
            .add("paymentId", "PAY1")
            .add("amount", money(13000))
            .add("paidAt", "2025-03-01T09:40:59+08:00")
            .build();

    private static CloudEvent paid() {
        return CloudEvent.of(EventType.ORDER_PAID, "/order", "O1", PAID, "evt-1", TIME);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** A valid event as JSON, to break one attribute at a time. */
    private static JsonObject validJson() {
        return parse(paid().toJson());
    }

    @Test
    void of_takes_type_schema_and_content_type_from_the_event_type() {
        CloudEvent event = paid();
        assertEquals("1.0", event.specversion());
        assertEquals("evt-1", event.id());
        assertEquals("/order", event.source());
        assertEquals("shop.order.paid", event.type());
        assertEquals(Optional.of(EventType.ORDER_PAID), event.eventType());
        assertEquals("O1", event.subject());
        assertEquals(TIME, event.time());
        assertEquals("application/json", event.datacontenttype());
        assertEquals("https://shop.example/events/order-paid.json", event.dataschema());
        assertEquals(PAID, event.data());
    }

    @Test
    void to_json_is_cloudevents_structured_json() {
        JsonObject json = parse(paid().toJson());
        assertEquals(List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "dataschema", "data"),
                List.copyOf(json.keySet()));
        assertEquals("1.0", json.getString("specversion"));
        assertEquals("evt-1", json.getString("id"));
        assertEquals("/order", json.getString("source"));
        assertEquals("shop.order.paid", json.getString("type"));
        assertEquals("O1", json.getString("subject"));
        assertEquals("2025-03-01T09:41:00+08:00", json.getString("time"), "seconds are written even when zero");
        assertEquals("application/json", json.getString("datacontenttype"));
        assertEquals("https://shop.example/events/order-paid.json", json.getString("dataschema"));
        assertEquals(PAID, json.getJsonObject("data"), "data is embedded as an object, not a string");
        assertEquals(13000, json.getJsonObject("data").getJsonObject("amount").getInt("amount"));
    }

    @Test
    void round_trip_keeps_every_attribute() {
        CloudEvent event = paid();
        CloudEvent back = CloudEvent.fromJson(event.toJson());
        assertEquals(event, back);
        assertEquals(event.hashCode(), back.hashCode());
        assertEquals(event.toJson(), back.toJson());
        assertEquals(ZoneOffset.ofHours(8), back.time().getOffset(), "the publisher's offset is kept");
    }

    @Test
    void round_trip_keeps_fractions_of_seconds_and_utc() {
        OffsetDateTime time = OffsetDateTime.of(2025, 3, 1, 1, 41, 7, 123_456_000, ZoneOffset.UTC);
        CloudEvent event = CloudEvent.of(EventType.ORDER_PAID, "/order", "O1", PAID, "evt-2", time);
        assertEquals("2025-03-01T01:41:07.123456Z", parse(event.toJson()).getString("time"));
        assertEquals(time, CloudEvent.fromJson(event.toJson()).time());
    }

    @Test
    void round_trip_keeps_unicode_and_nested_data() {
        JsonObject data = Json.createObjectBuilder()
                .add("orderId", "O9")
                .add("reason", "买家取消 \"quoted\" \\ \n")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("quantity", 2)))
                .build();
        CloudEvent event = CloudEvent.of(EventType.ORDER_CANCELLED, "/order", "O9", data, "evt-3", TIME);
        assertEquals(event, CloudEvent.fromJson(event.toJson()));
    }

    @Test
    void the_jms_type_property_is_ce_type() {
        assertEquals("ce_type", CloudEvent.jmsTypeProperty());
        assertEquals("ce_type", CloudEvent.JMS_TYPE_PROPERTY);
        assertEquals("shop.order.paid", paid().type(), "the value to set is the type");
    }

    @Test
    void events_from_json_may_have_types_and_members_this_version_does_not_know() {
        JsonObject json = Json.createObjectBuilder(validJson())
                .add("type", "shop.order.placed.v2")
                .add("dataschema", "https://shop.example/events/order-placed-v2.json")
                .add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .add("data", Json.createObjectBuilder(PAID).add("newMember", true))
                .build();
        CloudEvent event = CloudEvent.fromJson(json.toString());
        assertEquals("shop.order.placed.v2", event.type());
        assertEquals(Optional.empty(), event.eventType());
        assertTrue(event.data().getBoolean("newMember"));
        assertFalse(event.toJson().contains("traceparent"), "extension attributes are not kept");
    }

    @Test
    void only_specversion_id_source_and_type_are_required_when_reading() {
        CloudEvent event = CloudEvent.fromJson(
                "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"urn:erp\",\"type\":\"com.example.thing\"}");
        assertNull(event.subject());
        assertNull(event.time());
        assertNull(event.dataschema());
        assertEquals("application/json", event.datacontenttype());
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, event.data());
        assertEquals(event, CloudEvent.fromJson(event.toJson()));
    }

    @Test
    void lower_case_t_and_z_are_accepted_as_rfc_3339_allows() {
        String json = Json.createObjectBuilder(validJson()).add("time", "2025-03-01t01:41:00z").build().toString();
        assertEquals(OffsetDateTime.of(2025, 3, 1, 1, 41, 0, 0, ZoneOffset.UTC), CloudEvent.fromJson(json).time());
    }

    static Stream<Arguments> malformed() {
        JsonObject valid = validJson();
        return Stream.of(
                Arguments.of("specversion", Json.createObjectBuilder(valid).remove("specversion").build().toString()),
                Arguments.of("specversion", Json.createObjectBuilder(valid).add("specversion", "0.3").build().toString()),
                Arguments.of("specversion", Json.createObjectBuilder(valid).add("specversion", "1.0.2").build().toString()),
                Arguments.of("specversion", Json.createObjectBuilder(valid).add("specversion", 1.0).build().toString()),
                Arguments.of("id", Json.createObjectBuilder(valid).remove("id").build().toString()),
                Arguments.of("id", Json.createObjectBuilder(valid).add("id", "").build().toString()),
                Arguments.of("id", Json.createObjectBuilder(valid).add("id", "  ").build().toString()),
                Arguments.of("id", Json.createObjectBuilder(valid).add("id", 42).build().toString()),
                Arguments.of("id", Json.createObjectBuilder(valid).addNull("id").build().toString()),
                Arguments.of("source", Json.createObjectBuilder(valid).remove("source").build().toString()),
                Arguments.of("source", Json.createObjectBuilder(valid).add("source", "not a uri").build().toString()),
                Arguments.of("type", Json.createObjectBuilder(valid).remove("type").build().toString()),
                Arguments.of("type", Json.createObjectBuilder(valid).add("type", "").build().toString()),
                Arguments.of("subject", Json.createObjectBuilder(valid).add("subject", "").build().toString()),
                Arguments.of("subject", Json.createObjectBuilder(valid).add("subject", 7).build().toString()),
                Arguments.of("time", Json.createObjectBuilder(valid).add("time", "2025-03-01T09:41:00").build().toString()),
                Arguments.of("time", Json.createObjectBuilder(valid).add("time", "yesterday").build().toString()),
                Arguments.of("time", Json.createObjectBuilder(valid).add("time", 1740793260).build().toString()),
                Arguments.of("datacontenttype", Json.createObjectBuilder(valid).add("datacontenttype", "text/plain").build().toString()),
                Arguments.of("dataschema", Json.createObjectBuilder(valid).add("dataschema", "").build().toString()),
                Arguments.of("data", Json.createObjectBuilder(valid).add("data", "{\"orderId\":\"O1\"}").build().toString()),
                Arguments.of("data", Json.createObjectBuilder(valid).add("data", Json.createArrayBuilder()).build().toString()),
                Arguments.of("data_base64", Json.createObjectBuilder(valid).remove("data").add("data_base64", "e30=").build().toString()),
                Arguments.of(null, ""),
                Arguments.of(null, "not json"),
                Arguments.of(null, "{\"specversion\":\"1.0\""),
                Arguments.of(null, "[]"),
                Arguments.of(null, "\"1.0\""));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void missing_or_invalid_attributes_are_rejected(String attribute, String json) {
        MalformedEventException e = assertThrows(MalformedEventException.class, () -> CloudEvent.fromJson(json));
        assertEquals(attribute, e.attribute(), e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void null_text_is_rejected() {
        assertThrows(MalformedEventException.class, () -> CloudEvent.fromJson(null));
    }

    @Test
    void of_rejects_missing_or_inconsistent_arguments() {
        assertEquals("type", assertThrows(MalformedEventException.class,
                () -> CloudEvent.of(null, "/order", "O1", PAID, "e", TIME)).attribute());
        assertEquals("source", assertThrows(MalformedEventException.class,
                () -> CloudEvent.of(EventType.ORDER_PAID, " ", "O1", PAID, "e", TIME)).attribute());
        assertEquals("source", assertThrows(MalformedEventException.class,
                () -> CloudEvent.of(EventType.ORDER_PAID, "has space", "O1", PAID, "e", TIME)).attribute());
        assertEquals("subject", assertThrows(MalformedEventException.class,
                () -> CloudEvent.of(EventType.ORDER_PAID, "/order", null, PAID, "e", TIME)).attribute());
        assertEquals("subject", assertThrows(MalformedEventException.class,
                () -> CloudEvent.of(EventType.ORDER_PAID, "/order", "O2", PAID, "e", TIME)).attribute(),
                "the subject must be the order id of the data");
        assertEquals("data", assertThrows(MalformedEventException.class,
                () -> CloudEvent.of(EventType.ORDER_PAID, "/order", "O1", null, "e", TIME)).attribute());
        assertEquals("id", assertThrows(MalformedEventException.class,
                () -> CloudEvent.of(EventType.ORDER_PAID, "/order", "O1", PAID, "", TIME)).attribute());
        assertEquals("time", assertThrows(MalformedEventException.class,
                () -> CloudEvent.of(EventType.ORDER_PAID, "/order", "O1", PAID, "e", null)).attribute());
    }

    @Test
    void the_event_cannot_be_changed_through_its_data() {
        CloudEvent event = paid();
        assertThrows(UnsupportedOperationException.class, () -> event.data().put("orderId", JsonValue.NULL));
    }

    @Test
    void equality_covers_every_attribute() {
        assertEquals(paid(), paid());
        assertNotEquals(paid(), CloudEvent.of(EventType.ORDER_PAID, "/order", "O1", PAID, "evt-other", TIME));
        assertNotEquals(paid(), CloudEvent.of(EventType.ORDER_PAID, "/order", "O1", PAID, "evt-1", TIME.plusSeconds(1)));
        assertNotEquals(paid(), CloudEvent.of(EventType.ORDER_PAID, "/payment", "O1", PAID, "evt-1", TIME));
        assertNotEquals(paid(), CloudEvent.of(EventType.ORDER_PAID, "/order", "O1",
                Json.createObjectBuilder(PAID).add("amount", money(1)).build(), "evt-1", TIME));
    }

    @Test
    void to_string_names_the_event_but_leaves_the_data_out() {
        String text = paid().toString();
        assertTrue(text.contains("shop.order.paid") && text.contains("evt-1"), text);
        assertFalse(text.contains("PAY1"), "data stays out of logs: " + text);
    }

    public record Money(long amount, String currency) {
    }

    public record OrderPaid(String orderId, String paymentId, Money amount, OffsetDateTime paidAt) {
    }

    @Test
    void data_binds_to_a_record_ignoring_unknown_members() {
        JsonObject data = Json.createObjectBuilder(PAID).add("addedLater", "x").build();
        CloudEvent event = CloudEvent.fromJson(
                CloudEvent.of(EventType.ORDER_PAID, "/order", "O1", data, "evt-4", TIME).toJson());
        OrderPaid paid = event.dataAs(OrderPaid.class);
        assertEquals(new OrderPaid("O1", "PAY1", new Money(13000, "CNY"),
                OffsetDateTime.parse("2025-03-01T09:40:59+08:00")), paid);
    }
}
