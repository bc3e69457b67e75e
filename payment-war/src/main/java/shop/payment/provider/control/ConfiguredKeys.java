package shop.payment.provider.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one provider's configuration: none of its keys set means the provider is not offered;
 * some but not all means a mistake, named so an operator can fix it.
 */
final class ConfiguredKeys {

    private ConfiguredKeys() {
    }

    /**
     * The values of {@code required} keys (by key), or empty when none is set.
     *
     * @throws IllegalStateException when only some are set
     */
    static Optional<Map<String, String>> read(Function<String, Optional<String>> config, List<String> required) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : required) {
            config.apply(key).filter(value -> !value.isBlank()).ifPresentOrElse(value -> values.put(key, value.strip()),
                    () -> missing.add(key));
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("payment provider partly configured, missing: " + String.join(", ", missing));
        }
        return Optional.of(values);
    }
}
