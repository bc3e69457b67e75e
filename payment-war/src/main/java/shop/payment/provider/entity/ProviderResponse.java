package shop.payment.provider.entity;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a provider answered to a request the shop sent (for example a refund), as received.
 *
 * @param status  HTTP status
 * @param headers response headers; names are looked up ignoring case
 * @param body    the body exactly as received (signatures cover its bytes)
 */
public record ProviderResponse(int status, Map<String, String> headers, String body) {

    public ProviderResponse {
        Objects.requireNonNull(body, "body");
        TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        headers = Collections.unmodifiableMap(byName);
    }
}
