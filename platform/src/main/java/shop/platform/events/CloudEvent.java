package shop.platform.events;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import shop.platform.json.Jsons;

/**
 * One shop event: a <a href="https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md">
 * CloudEvents 1.0</a> envelope around a JSON object, as published on the shop's topics.
 *
 * <h2>On the wire</h2>
 * Each event is a JMS {@code TextMessage} whose body is the event in the CloudEvents JSON
 * ("structured") format, produced by {@link #toJson()}:
 *
 * <pre>{@code
 * {
 *   "specversion": "1.0",
 *   "id": "0b6f4c5e-3f0e-4d5c-9a57-1c2f3e4d5a6b",
 *   "source": "/order",
 *   "type": "shop.order.paid",
 *   "subject": "O20250101000001",
 *   "time": "2025-01-01T10:15:30+08:00",
 *   "datacontenttype": "application/json",
 *   "dataschema": "https://shop.example/events/order-paid.json",
 *   "data": {"orderId": "O20250101000001", "paymentId": "P1", "amount": {"amount": 12900, "currency": "CNY"}, "paidAt": "2025-01-01T10:15:29+08:00"}
 * }
 * }</pre>
 *
 * and whose string property {@value #JMS_TYPE_PROPERTY} equals {@code type}, so a subscriber
 * can select by type without parsing the body ({@code ce_type = 'shop.order.paid'},
 * {@code ce_type LIKE 'shop.order.%'}).
 *
 * <h2>Attributes</h2>
 * <ul>
 * <li>{@code id}: unique per event, opaque. Delivery is at least once, so the same event can
 *     arrive twice: de-duplicate on {@code id}.</li>
 * <li>{@code source}: a URI reference naming the publishing service, such as {@code /order}.</li>
 * <li>{@code type}: one of {@link EventType}; the topic is its first two segments.</li>
 * <li>{@code subject}: the id of what the event is about (the order id for
 *     {@code shop.order.*}; see {@link EventType#subjectField()}).</li>
 * <li>{@code time}: when it happened, RFC 3339 / ISO-8601 with offset.</li>
 * <li>{@code datacontenttype}: always {@value #DATA_CONTENT_TYPE}.</li>
 * <li>{@code dataschema}: the JSON Schema of {@code data}, as the absolute URI
 *     {@code https://shop.example/events/<schema file>} (see
 *     {@link EventType#dataschema()}). The schema with that {@code $id} is
 *     {@code docs/events/<schema file>} in the shop's repository.</li>
 * <li>{@code data}: a JSON object. Money is {@code {"amount": <integer minor units>,
 *     "currency": "CNY"}}, times are ISO-8601 with offset, ids are opaque strings.</li>
 * </ul>
 *
 * <h2>Reading events</h2>
 * {@link #fromJson(String)} checks what every consumer relies on and rejects the rest with a
 * {@link MalformedEventException}. It accepts types it does not know ({@link #eventType()} is
 * then empty) and ignores data members and extension attributes it does not know, because
 * event shapes evolve by addition.
 *
 * <p>Instances are immutable and thread-safe. Building or reading an event needs a Jakarta JSON
 * Processing implementation at run time (Open Liberty's {@code jsonp-2.1} feature);
 * {@link #dataAs(Class)} also needs Jakarta JSON Binding ({@code jsonb-3.0}).
 */
public final class CloudEvent {

    /** The only CloudEvents version the shop publishes and accepts. */
    public static final String SPEC_VERSION = "1.0";

    /** The {@code datacontenttype} of every shop event. */
    public static final String DATA_CONTENT_TYPE = "application/json";

    /**
     * The JMS string property every shop event message carries, equal to the event's
     * {@code type}: {@value}. Subscribers select on it.
     */
    public static final String JMS_TYPE_PROPERTY = "ce_type";

    /** RFC 3339 in and out: seconds always written, fraction only when non-zero, offset always. */
    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final DateTimeFormatter TIME_PARSE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .toFormatter(Locale.ROOT);

    private final String id;
    private final String source;
    private final String type;
    private final String subject;
    private final OffsetDateTime time;
    private final String datacontenttype;
    private final String dataschema;
    private final JsonObject data;

    private CloudEvent(String id, String source, String type, String subject, OffsetDateTime time,
            String datacontenttype, String dataschema, JsonObject data) {
        this.id = id;
        this.source = source;
        this.type = type;
        this.subject = subject;
        this.time = time;
        this.datacontenttype = datacontenttype;
        this.dataschema = dataschema;
        this.data = data;
    }

    /**
     * Builds a shop event. {@code type}, {@code dataschema} and {@code datacontenttype} come from
     * the event type; the caller supplies the rest. Publishers normally create the event when
     * they write it to their outbox, so the id and time are fixed once and a retried
     * publication sends the very same event.
     *
     * @param type    the event type
     * @param source  the publishing service as a URI reference, such as {@code /order}
     * @param subject the id of what the event is about; must equal the data's
     *                {@link EventType#subjectField()} member when the data has it
     * @param data    the event data, following the type's schema
     * @param id      a unique, opaque event id (a UUID is fine)
     * @param time    when the occurrence happened
     * @return the event
     * @throws MalformedEventException (an {@link IllegalArgumentException}) if an argument is
     *                                 missing, blank or invalid
     */
    public static CloudEvent of(EventType type, String source, String subject, JsonObject data, String id,
            OffsetDateTime time) {
        if (type == null) {
            throw new MalformedEventException("type", "type is required");
        }
        requireText("id", id);
        requireSource(source);
        requireText("subject", subject);
        if (time == null) {
            throw new MalformedEventException("time", "time is required");
        }
        if (data == null) {
            throw new MalformedEventException("data", "data is required (use an empty object for none)");
        }
        JsonValue subjectValue = data.get(type.subjectField());
        if (subjectValue instanceof JsonString s && !s.getString().equals(subject)) {
            throw new MalformedEventException("subject", "subject '" + subject + "' differs from data member "
                    + type.subjectField() + " '" + s.getString() + "'");
        }
        // Copy, so a caller's mutable JsonObject implementation cannot change the event later.
        JsonObject copy = Jsons.createObjectBuilder(data).build();
        return new CloudEvent(id, source, type.type(), subject, time, DATA_CONTENT_TYPE, type.dataschema(), copy);
    }

    /**
     * Reads an event in the CloudEvents JSON format, such as the body of a shop event message.
     *
     * <p>Required: {@code specversion} {@value #SPEC_VERSION}; {@code id}, {@code source} and
     * {@code type} as non-empty strings ({@code source} a URI reference). Checked when present:
     * {@code subject}, {@code dataschema} non-empty strings; {@code time} RFC 3339 with offset;
     * {@code datacontenttype} a JSON media type; {@code data} a JSON object. Binary data
     * ({@code data_base64}) is refused. An event without {@code datacontenttype} is taken as
     * {@value #DATA_CONTENT_TYPE}, one without {@code data} as having an empty object. Unknown
     * types, extension attributes and unknown data members are accepted (extensions are not
     * kept).
     *
     * @param json the event's JSON text
     * @return the event
     * @throws MalformedEventException (an {@link IllegalArgumentException}) if the text is not a
     *                                 JSON object or an attribute is missing or invalid;
     *                                 {@link MalformedEventException#attribute()} names it
     */
    public static CloudEvent fromJson(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException(null, "empty message: expected a CloudEvents JSON object");
        }
        JsonValue parsed;
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            parsed = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedEventException(null, "not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof JsonObject event)) {
            throw new MalformedEventException(null, "expected a JSON object, got " + parsed.getValueType());
        }

        String specversion = requiredString(event, "specversion");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new MalformedEventException("specversion",
                    "unsupported specversion '" + specversion + "', expected '" + SPEC_VERSION + "'");
        }
        String id = requiredString(event, "id");
        String source = requiredString(event, "source");
        requireSource(source);
        String type = requiredString(event, "type");
        String subject = optionalString(event, "subject");
        String dataschema = optionalString(event, "dataschema");

        OffsetDateTime time = null;
        String timeText = optionalString(event, "time");
        if (timeText != null) {
            try {
                time = OffsetDateTime.parse(timeText, TIME_PARSE);
            } catch (DateTimeParseException e) {
                throw new MalformedEventException("time",
                        "time '" + timeText + "' is not an RFC 3339 timestamp with offset", e);
            }
        }

        String datacontenttype = optionalString(event, "datacontenttype");
        if (datacontenttype == null) {
            datacontenttype = DATA_CONTENT_TYPE;
        } else if (!isJsonMediaType(datacontenttype)) {
            throw new MalformedEventException("datacontenttype",
                    "datacontenttype '" + datacontenttype + "' is not JSON; shop events carry JSON data");
        }

        if (event.containsKey("data_base64")) {
            throw new MalformedEventException("data_base64", "binary data (data_base64) is not supported");
        }
        JsonValue dataValue = event.get("data");
        JsonObject data;
        if (dataValue == null || dataValue.getValueType() == JsonValue.ValueType.NULL) {
            data = JsonValue.EMPTY_JSON_OBJECT;
        } else if (dataValue instanceof JsonObject object) {
            data = object;
        } else {
            throw new MalformedEventException("data", "data must be a JSON object, got " + dataValue.getValueType());
        }

        return new CloudEvent(id, source, type, subject, time, datacontenttype, dataschema, data);
    }

    /**
     * The event in the CloudEvents JSON format: the body of its JMS {@code TextMessage}.
     * Attributes appear in a fixed order ({@code specversion}, {@code id}, {@code source},
     * {@code type}, {@code subject}, {@code time}, {@code datacontenttype}, {@code dataschema},
     * {@code data}); absent optional attributes are left out.
     *
     * @return compact JSON text
     */
    public String toJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("specversion", SPEC_VERSION)
                .add("id", id)
                .add("source", source)
                .add("type", type);
        if (subject != null) {
            json.add("subject", subject);
        }
        if (time != null) {
            json.add("time", TIME_FORMAT.format(time));
        }
        json.add("datacontenttype", datacontenttype);
        if (dataschema != null) {
            json.add("dataschema", dataschema);
        }
        json.add("data", data);
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Jsons.createWriter(out)) {
            writer.writeObject(json.build());
        }
        return out.toString();
    }

    /**
     * The name of the JMS string property that carries the event type: {@value #JMS_TYPE_PROPERTY}.
     * Publishers set it on every message:
     * {@code message.setStringProperty(CloudEvent.jmsTypeProperty(), event.type())}.
     *
     * @return {@value #JMS_TYPE_PROPERTY}
     */
    public static String jmsTypeProperty() {
        return JMS_TYPE_PROPERTY;
    }

    /**
     * The data bound to a Java type with Jakarta JSON Binding, for consumers that prefer
     * records or classes to {@link JsonObject}. Unknown members are ignored, so a binding class
     * written against an older schema keeps working as the schema grows.
     *
     * @param <T>        the target type
     * @param targetType a public class or record matching the type's schema
     * @return a new instance holding the data
     * @throws MalformedEventException if the data cannot be bound to the target type
     */
    public <T> T dataAs(Class<T> targetType) {
        try {
            return JsonbHolder.JSONB.fromJson(data.toString(), targetType);
        } catch (JsonbException e) {
            throw new MalformedEventException("data",
                    "data of " + type + " event " + id + " does not bind to " + targetType.getName(), e);
        }
    }

    /** @return {@value #SPEC_VERSION} */
    public String specversion() {
        return SPEC_VERSION;
    }

    /** @return the event id, unique per event; consumers de-duplicate on it */
    public String id() {
        return id;
    }

    /** @return the publishing service as a URI reference, such as {@code /order} */
    public String source() {
        return source;
    }

    /** @return the type string, such as {@code shop.order.placed}; equal to the JMS property {@value #JMS_TYPE_PROPERTY} */
    public String type() {
        return type;
    }

    /** @return the known event type, or empty for a type this platform version does not list */
    public Optional<EventType> eventType() {
        return EventType.ofType(type);
    }

    /**
     * @return the id of what the event is about; never {@code null} for events built with
     *         {@link #of}, possibly {@code null} for a foreign event read by {@link #fromJson}
     */
    public String subject() {
        return subject;
    }

    /**
     * @return when the occurrence happened, with the publisher's offset; never {@code null} for
     *         events built with {@link #of}, possibly {@code null} for a foreign event read by
     *         {@link #fromJson}
     */
    public OffsetDateTime time() {
        return time;
    }

    /** @return the media type of the data, {@value #DATA_CONTENT_TYPE} for every shop event */
    public String datacontenttype() {
        return datacontenttype;
    }

    /**
     * @return the absolute URI of the data's JSON Schema, such as
     *         {@code https://shop.example/events/order-placed.json}; never {@code null} for events built with
     *         {@link #of}, possibly {@code null} for a foreign event read by {@link #fromJson}
     */
    public String dataschema() {
        return dataschema;
    }

    /** @return the event data, an immutable JSON object */
    public JsonObject data() {
        return data;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CloudEvent that
                && id.equals(that.id)
                && source.equals(that.source)
                && type.equals(that.type)
                && Objects.equals(subject, that.subject)
                && Objects.equals(time, that.time)
                && datacontenttype.equals(that.datacontenttype)
                && Objects.equals(dataschema, that.dataschema)
                && data.equals(that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, source, type, subject, time, datacontenttype, dataschema, data);
    }

    /** Attributes only: data may hold personal details and does not belong in logs. */
    @Override
    public String toString() {
        return "CloudEvent[type=" + type + ", id=" + id + ", source=" + source + ", subject=" + subject
                + ", time=" + (time == null ? null : TIME_FORMAT.format(time)) + "]";
    }

    private static String requiredString(JsonObject event, String name) {
        JsonValue value = event.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new MalformedEventException(name, "required attribute '" + name + "' is missing");
        }
        if (!(value instanceof JsonString string)) {
            throw new MalformedEventException(name, "attribute '" + name + "' must be a string, got " + value.getValueType());
        }
        requireText(name, string.getString());
        return string.getString();
    }

    private static String optionalString(JsonObject event, String name) {
        JsonValue value = event.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new MalformedEventException(name, "attribute '" + name + "' must be a string, got " + value.getValueType());
        }
        requireText(name, string.getString());
        return string.getString();
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException(name, "attribute '" + name + "' must be a non-empty string");
        }
    }

    private static void requireSource(String source) {
        requireText("source", source);
        try {
            new URI(source);
        } catch (URISyntaxException e) {
            throw new MalformedEventException("source", "source '" + source + "' is not a URI reference", e);
        }
    }

    private static boolean isJsonMediaType(String mediaType) {
        String essence = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return essence.equals("application/json") || essence.equals("text/json") || essence.endsWith("+json");
    }

    /** Created on first use only, so events that are never bound need no JSON-B provider. */
    private static final class JsonbHolder {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
