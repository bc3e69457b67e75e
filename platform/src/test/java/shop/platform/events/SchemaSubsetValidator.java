package shop.platform.events;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A JSON Schema validator for exactly the subset of draft 2020-12 that {@code docs/events} uses,
 * so the tests can check examples and events against the schemas without a validator library.
 * A keyword outside the subset is reported as an error, so nobody relies on a check this class
 * does not make.
 */
final class SchemaSubsetValidator {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "examples");
    private static final Set<String> ASSERTIONS = Set.of("$ref", "type", "const", "required", "properties",
            "additionalProperties", "items", "minItems", "minimum", "minLength", "pattern", "format", "allOf",
            "if", "then");

    private final Path folder;
    private final Map<String, JsonObject> schemas = new HashMap<>();

    SchemaSubsetValidator(Path folder) {
        this.folder = folder;
    }

    /** The schema stored in {@code file} of the folder. */
    JsonObject schema(String file) {
        return schemas.computeIfAbsent(file, f -> {
            try (Reader in = Files.newBufferedReader(folder.resolve(f)); JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read schema " + f, e);
            }
        });
    }

    /** Validates {@code instance} against the schema in {@code file}; empty when valid. */
    List<String> validate(String file, JsonValue instance) {
        List<String> errors = new ArrayList<>();
        check(schema(file), instance, file + ":$", errors);
        return errors;
    }

    private void check(JsonObject schema, JsonValue value, String at, List<String> errors) {
        for (String keyword : schema.keySet()) {
            if (!ANNOTATIONS.contains(keyword) && !ASSERTIONS.contains(keyword)) {
                errors.add(at + ": keyword '" + keyword + "' is outside the tested subset");
            }
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            if (ref.contains("#") || ref.contains("/")) {
                errors.add(at + ": only same-folder file references are supported, got " + ref);
            } else {
                check(schema(ref), value, at + "->" + ref, errors);
            }
        }
        if (schema.containsKey("const") && !schema.get("const").equals(value)) {
            errors.add(at + ": expected " + schema.get("const") + ", got " + value);
        }
        if (schema.containsKey("type") && !hasType(value, schema.getString("type"))) {
            errors.add(at + ": expected " + schema.getString("type") + ", got " + value.getValueType());
            return;
        }
        if (schema.containsKey("additionalProperties") && schema.get("additionalProperties") != JsonValue.TRUE) {
            errors.add(at + ": only additionalProperties true is expected in shop schemas");
        }
        if (value instanceof JsonObject object) {
            if (schema.containsKey("required")) {
                for (JsonValue name : schema.getJsonArray("required")) {
                    if (!object.containsKey(((JsonString) name).getString())) {
                        errors.add(at + ": missing required member " + name);
                    }
                }
            }
            if (schema.containsKey("properties")) {
                JsonObject properties = schema.getJsonObject("properties");
                for (String name : properties.keySet()) {
                    if (object.containsKey(name)) {
                        check(properties.getJsonObject(name), object.get(name), at + "." + name, errors);
                    }
                }
            }
        }
        if (value instanceof JsonArray array) {
            if (schema.containsKey("minItems") && array.size() < schema.getInt("minItems")) {
                errors.add(at + ": fewer than " + schema.getInt("minItems") + " items");
            }
            if (schema.containsKey("items")) {
                for (int i = 0; i < array.size(); i++) {
                    check(schema.getJsonObject("items"), array.get(i), at + "[" + i + "]", errors);
                }
            }
        }
        if (value instanceof JsonNumber number && schema.containsKey("minimum")
                && number.bigDecimalValue().compareTo(schema.getJsonNumber("minimum").bigDecimalValue()) < 0) {
            errors.add(at + ": " + number + " is below the minimum " + schema.getJsonNumber("minimum"));
        }
        if (value instanceof JsonString string) {
            String text = string.getString();
            if (schema.containsKey("minLength") && text.codePointCount(0, text.length()) < schema.getInt("minLength")) {
                errors.add(at + ": shorter than " + schema.getInt("minLength"));
            }
            if (schema.containsKey("pattern") && !Pattern.compile(schema.getString("pattern")).matcher(text).find()) {
                errors.add(at + ": '" + text + "' does not match " + schema.getString("pattern"));
            }
            if (schema.containsKey("format")) {
                checkFormat(schema.getString("format"), text, at, errors);
            }
        }
        if (schema.containsKey("allOf")) {
            JsonArray all = schema.getJsonArray("allOf");
            for (int i = 0; i < all.size(); i++) {
                check(all.getJsonObject(i), value, at + "/allOf[" + i + "]", errors);
            }
        }
        if (schema.containsKey("if")) {
            List<String> condition = new ArrayList<>();
            check(schema.getJsonObject("if"), value, at + "/if", condition);
            if (condition.isEmpty() && schema.containsKey("then")) {
                check(schema.getJsonObject("then"), value, at + "/then", errors);
            }
        }
    }

    private static boolean hasType(JsonValue value, String type) {
        return switch (type) {
            case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
            case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
            case "integer" -> value instanceof JsonNumber n && n.bigDecimalValue().stripTrailingZeros().scale() <= 0;
            case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
            case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static void checkFormat(String format, String text, String at, List<String> errors) {
        switch (format) {
            case "date-time" -> {
                try {
                    OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                } catch (DateTimeParseException e) {
                    errors.add(at + ": '" + text + "' is not a date-time with offset");
                }
            }
            case "uri-reference" -> {
                try {
                    new java.net.URI(text);
                } catch (java.net.URISyntaxException e) {
                    errors.add(at + ": '" + text + "' is not a URI reference");
                }
            }
            default -> errors.add(at + ": format '" + format + "' is outside the tested subset");
        }
    }
}
