package shop.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;

/**
 * The {@code Idempotency-Key} protocol around an {@link Idempotent} POST. Bodies are compared
 * after parsing (key order and spacing do not matter); keys belong to the caller (the token's
 * subject), so two shoppers may use the same key.
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final int MAX_KEY_LENGTH = 100;
    /** Headers of a first answer that a replay repeats: where the created thing is, and which preference was applied. */
    static final List<String> REPLAYED_HEADERS = List.of("Location", "Preference-Applied");

    @Inject
    IdempotencyKeys keys;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            request.abortWith(Problem.of(ErrorCode.VALIDATION_FAILED,
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters.").toResponse());
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String owner = request.getSecurityContext().getUserPrincipal().getName();
        // The request is its target and its body: a key reused on another order's cancel is another request.
        String requestHash = hash(request.getMethod() + " " + request.getUriInfo().getPath(), body);
        Optional<IdempotencyKeys.Known> known = keys.claim(owner, key, requestHash);
        if (known.isEmpty()) {
            request.setProperty(CLAIMED, new String[] {owner, key});
            return;
        }
        IdempotencyKeys.Known stored = known.get();
        if (!stored.requestHash().equals(requestHash)) {
            request.abortWith(Problem.of(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This " + HEADER + " was used with another request (target or body).").toResponse());
        } else if (!stored.completed()) {
            request.abortWith(Problem.of(ErrorCode.CONFLICT,
                    "A request with this " + HEADER + " is still in progress.").toResponse());
        } else {
            Response.ResponseBuilder replay = Response.status(stored.status()).type(stored.contentType()).entity(stored.body())
                    .header("Idempotent-Replayed", "true");
            headers(stored.headers()).forEach(replay::header);
            request.abortWith(replay.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof String[] claimed)) {
            return;
        }
        if (response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
            Object entity = response.getEntity();
            String body = entity instanceof JsonStructure json ? json.toString() : entity == null ? "" : entity.toString();
            String type = response.getMediaType() == null ? "application/json" : response.getMediaType().toString();
            keys.complete(claimed[0], claimed[1], response.getStatus(), type, body, replayedHeaders(response));
        } else {
            keys.release(claimed[0], claimed[1]);
        }
    }

    /** The replayed headers of the first answer as a JSON object (null when it had none). */
    static String replayedHeaders(ContainerResponseContext response) {
        JsonObjectBuilder headers = Jsons.createObjectBuilder();
        boolean any = false;
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.add(name, value);
                any = true;
            }
        }
        return any ? headers.build().toString() : null;
    }

    /** The stored headers (none for answers kept before headers were). */
    static Map<String, String> headers(String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        try (var reader = Jsons.createReader(new StringReader(stored))) {
            reader.readObject().forEach((name, value) -> {
                if (REPLAYED_HEADERS.contains(name) && value instanceof JsonString text) {
                    headers.put(name, text.getString());
                }
            });
        }
        return headers;
    }

    /**
     * SHA-256 of the request's target (method and path) and its body in canonical JSON form; a
     * body that is not JSON is hashed as sent.
     */
    static String hash(String target, byte[] body) {
        String canonical;
        try (var reader = Jsons.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            canonical = canonical(reader.readValue());
        } catch (JsonException | IllegalStateException e) {
            canonical = new String(body, StandardCharsets.UTF_8);
        }
        canonical = target + "\n" + canonical;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON with object members sorted by name and no insignificant whitespace. */
    static String canonical(JsonValue value) {
        if (value instanceof JsonObject object) {
            StringJoiner members = new StringJoiner(",", "{", "}");
            new TreeMap<>(object).forEach((name, member) -> members.add(Jsons.createValue(name) + ":" + canonical(member)));
            return members.toString();
        }
        if (value instanceof JsonArray array) {
            StringJoiner items = new StringJoiner(",", "[", "]");
            array.forEach(item -> items.add(canonical(item)));
            return items.toString();
        }
        return value.toString();
    }
}
