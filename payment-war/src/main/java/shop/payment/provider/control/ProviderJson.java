package shop.payment.provider.control;

import java.io.StringReader;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import shop.platform.json.Jsons;

/**
 * Reading providers' JSON: required fields that refuse the message when absent, and the raw
 * text of a member, which is what Alipay signs (its answer is verified over the bytes as
 * received, so re-serializing a parsed value would change what is verified).
 */
final class ProviderJson {

    private ProviderJson() {
    }

    /** {@code text} as a JSON object. */
    static JsonObject object(String text) {
        try (var reader = Jsons.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedProviderMessage("not a JSON object: " + e.getMessage(), e);
        }
    }

    static JsonObject object(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonObject value)) {
            throw new MalformedProviderMessage("'" + name + "' is missing or not an object");
        }
        return value;
    }

    static String string(JsonObject json, String name) {
        String value = optionalString(json, name);
        if (value == null || value.isEmpty()) {
            throw new MalformedProviderMessage("'" + name + "' is missing");
        }
        return value;
    }

    static String optionalString(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new MalformedProviderMessage("'" + name + "' is not a string");
        }
        return text.getString();
    }

    /** A whole number such as WeChat Pay's amounts in fen. */
    static long integer(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonNumber number) || !number.isIntegral()) {
            throw new MalformedProviderMessage("'" + name + "' is missing or not a whole number");
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedProviderMessage("'" + name + "' is out of range", e);
        }
    }

    /**
     * The exact text of the value of top-level member {@code name} in the JSON object
     * {@code text}, or null when there is no such member.
     */
    static String rawMember(String text, String name) {
        try {
            Scanner scanner = new Scanner(text);
            scanner.expect('{');
            if (scanner.peek() == '}') {
                return null;
            }
            while (true) {
                String key = scanner.string();
                scanner.expect(':');
                scanner.whitespace();
                int start = scanner.at;
                scanner.value();
                if (key.equals(name)) {
                    return text.substring(start, scanner.at);
                }
                if (scanner.peek() == '}') {
                    return null;
                }
                scanner.expect(',');
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new MalformedProviderMessage("not a JSON object", e);
        }
    }

    /** Just enough of a JSON reader to find where a value starts and ends. */
    private static final class Scanner {
        private final String text;
        private int at;

        Scanner(String text) {
            this.text = text;
        }

        void whitespace() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        char peek() {
            whitespace();
            return text.charAt(at);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new MalformedProviderMessage("expected '" + c + "' at " + at);
            }
            at++;
        }

        /** A string, returned decoded only as far as needed to compare member names. */
        String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (text.charAt(at) != '"') {
                char c = text.charAt(at++);
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    if (escaped == 'u') {
                        value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    } else {
                        value.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped == 'r' ? '\r'
                                : escaped == 'b' ? '\b' : escaped == 'f' ? '\f' : escaped);
                    }
                } else {
                    value.append(c);
                }
            }
            at++;
            return value.toString();
        }

        void value() {
            char c = peek();
            if (c == '"') {
                string();
            } else if (c == '{' || c == '[') {
                char close = c == '{' ? '}' : ']';
                at++;
                if (peek() == close) {
                    at++;
                    return;
                }
                while (true) {
                    if (c == '{') {
                        string();
                        expect(':');
                    }
                    value();
                    if (peek() == close) {
                        at++;
                        return;
                    }
                    expect(',');
                }
            } else {
                // A number, true, false or null: up to the next delimiter.
                int start = at;
                while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
                    at++;
                }
                if (at == start) {
                    throw new MalformedProviderMessage("expected a value at " + at);
                }
            }
        }
    }
}
