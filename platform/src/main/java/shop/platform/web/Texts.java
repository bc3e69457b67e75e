package shop.platform.web;

import java.io.StringReader;

import jakarta.json.JsonValue;
import shop.platform.json.Jsons;

/** Small helpers for text a service takes in or keeps: optional strings, JSON stored as text. */
public final class Texts {

    private Texts() {
    }

    /** Null for a missing or blank string, else the string without surrounding white space. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Reads JSON the service stored itself (specs, images, an address snapshot). */
    public static JsonValue parseJson(String json) {
        try (var reader = Jsons.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
