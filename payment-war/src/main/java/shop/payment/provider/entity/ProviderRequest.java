package shop.payment.provider.entity;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request exactly as it would go to a provider: for a redirect (Alipay's page pay) the
 * shopper's browser is sent to {@code url} with {@code GET}; otherwise the shop sends it.
 *
 * @param method     HTTP method
 * @param url        the full URL, query included
 * @param headers    headers to send (signatures included); empty when none are needed
 * @param body       the body, or null for none
 * @param parameters the signed parameters, for providers that sign a parameter map (Alipay),
 *                   in the order they were added; empty otherwise
 */
public record ProviderRequest(String method, URI url, Map<String, String> headers, String body, Map<String, String> parameters) {

    public ProviderRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        headers = Map.copyOf(headers);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
