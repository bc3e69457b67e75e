package shop.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** The JSON Schemas in {@code docs/events} match the event types and follow the shop's conventions. */
class EventSchemasTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    /** Schema files that describe no single event type. */
    private static final Set<String> SHARED = Set.of("money.json", "cloudevent.json");

    /** {@code docs/events}, found from the platform module (Maven's working directory) or the root. */
    static Path folder() {
        for (Path candidate : List.of(Path.of("..", "docs", "events"), Path.of("docs", "events"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("docs/events not found from " + Path.of("").toAbsolutePath());
    }

    static Stream<String> schemaFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    private static JsonObject read(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(folder().resolve(file)); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    private final SchemaSubsetValidator validator = new SchemaSubsetValidator(folder());

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_type_has_its_schema(EventType type) throws IOException {
        assertTrue(Files.isRegularFile(folder().resolve(type.schemaFile())), "missing docs/events/" + type.schemaFile());
        JsonObject schema = read(type.schemaFile());
        assertEquals(type.dataschema(), schema.getString("$id"), "$id is the event's dataschema");
        assertEquals(type.type(), schema.getString("title"));
        assertEquals("object", schema.getString("type"));
        assertEquals(JsonValue.TRUE, schema.get("additionalProperties"), "shapes evolve additively");
        List<String> required = strings(schema.getJsonArray("required"));
        assertTrue(required.contains(type.subjectField()), type + " requires its subject " + type.subjectField());
        assertTrue(schema.getJsonObject("properties").keySet().containsAll(required), "every required member is described");
        assertFalse(schema.getString("description").isBlank());
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void every_schema_file_parses_and_its_id_is_its_name(String file) throws IOException {
        JsonObject schema = read(file);
        assertEquals(DRAFT_2020_12, schema.getString("$schema"));
        assertEquals(EventType.SCHEMA_BASE + file, schema.getString("$id"));
        assertFalse(schema.getString("title").isBlank());
        assertFalse(schema.getString("description").isBlank());
    }

    @Test
    void every_schema_file_belongs_to_a_type_or_is_shared() throws IOException {
        Set<String> expected = new HashSet<>(SHARED);
        for (EventType type : EventType.values()) {
            expected.add(type.schemaFile());
        }
        assertEquals(expected, schemaFiles().collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void references_resolve_and_money_has_one_shape(String file) throws IOException {
        List<JsonObject> subschemas = new ArrayList<>();
        collect(read(file), subschemas);
        for (JsonObject subschema : subschemas) {
            // "properties" maps are collected too; a member named "type" there holds an object, not a keyword.
            if (subschema.get("$ref") instanceof JsonString refString) {
                String ref = refString.getString();
                assertTrue(Files.isRegularFile(folder().resolve(ref)), file + " refers to missing " + ref);
            }
            if (subschema.get("type") instanceof JsonString typeString) {
                assertNotEquals("number", typeString.getString(),
                        file + ": no fractional numbers; money is integer minor units in money.json");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void examples_are_valid(String file) throws IOException {
        JsonArray examples = read(file).getJsonArray("examples");
        assertTrue(examples != null && !examples.isEmpty(), file + " shows an example");
        for (JsonValue example : examples) {
            assertEquals(List.of(), validator.validate(file, example));
        }
    }

    @Test
    void money_is_integer_minor_units_with_a_currency() throws IOException {
        JsonObject money = read("money.json");
        assertEquals(List.of("amount", "currency"), strings(money.getJsonArray("required")));
        assertEquals("integer", money.getJsonObject("properties").getJsonObject("amount").getString("type"));
        assertEquals("^[A-Z]{3}$", money.getJsonObject("properties").getJsonObject("currency").getString("pattern"));
        JsonObject cny = Json.createObjectBuilder().add("amount", 12900).add("currency", "CNY").build();
        assertEquals(List.of(), validator.validate("money.json", cny));
        assertFalse(validator.validate("money.json", Json.createObjectBuilder(cny).add("amount", 129.5).build()).isEmpty());
        assertFalse(validator.validate("money.json", Json.createObjectBuilder(cny).add("amount", -1).build()).isEmpty());
        assertFalse(validator.validate("money.json", Json.createObjectBuilder(cny).add("currency", "rmb").build()).isEmpty());
        assertFalse(validator.validate("money.json", Json.createObjectBuilder().add("amount", 1).build()).isEmpty());
    }

    @Test
    void the_envelope_schema_maps_every_type_to_its_data_schema() throws IOException {
        JsonObject envelope = read("cloudevent.json");
        Set<String> mapped = new HashSet<>();
        for (JsonValue rule : envelope.getJsonArray("allOf")) {
            JsonObject r = (JsonObject) rule;
            String type = r.getJsonObject("if").getJsonObject("properties").getJsonObject("type").getString("const");
            JsonObject then = r.getJsonObject("then").getJsonObject("properties");
            EventType eventType = EventType.ofType(type).orElseThrow();
            assertEquals(eventType.dataschema(), then.getJsonObject("dataschema").getString("const"));
            assertEquals(eventType.schemaFile(), then.getJsonObject("data").getString("$ref"));
            mapped.add(type);
        }
        assertEquals(Stream.of(EventType.values()).map(EventType::type).collect(Collectors.toSet()), mapped);
    }

    /** An event built by {@link CloudEvent#of} from each schema's example passes the envelope schema. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void events_built_by_the_platform_match_the_envelope_schema(EventType type) throws IOException {
        JsonObject data = read(type.schemaFile()).getJsonArray("examples").getJsonObject(0);
        CloudEvent event = CloudEvent.of(type, "/" + type.topic().substring("shop.".length()),
                data.getString(type.subjectField()), data, "e-" + type.name(), OffsetDateTime.parse("2025-03-01T09:00:00+08:00"));
        JsonObject json;
        try (JsonReader reader = Json.createReader(new java.io.StringReader(event.toJson()))) {
            json = reader.readObject();
        }
        assertEquals(List.of(), validator.validate("cloudevent.json", json));

        JsonObject wrongData = Json.createObjectBuilder(json).add("data", JsonValue.EMPTY_JSON_OBJECT).build();
        assertFalse(validator.validate("cloudevent.json", wrongData).isEmpty(), "data is checked against " + type.schemaFile());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void the_readme_lists_every_type(EventType type) throws IOException {
        String readme = Files.readString(folder().resolve("README.md"));
        String row = "| `" + type.type() + "` | `" + type.topic() + "` | [" + type.schemaFile() + "](" + type.schemaFile() + ") |";
        assertTrue(readme.contains(row), "README.md table row for " + type + ": " + row);
    }

    private static void collect(JsonValue value, List<JsonObject> into) {
        if (value instanceof JsonObject object) {
            into.add(object);
            object.forEach((name, member) -> {
                if (!name.equals("examples") && !name.equals("const")) {
                    collect(member, into);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> collect(item, into));
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
