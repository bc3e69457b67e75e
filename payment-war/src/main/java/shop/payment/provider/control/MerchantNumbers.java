package shop.payment.provider.control;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Our ids as providers' merchant numbers. Payment and refund ids are UUIDs of 36 characters,
 * but Alipay's {@code out_trade_no} takes letters, digits and underscores only and WeChat Pay's
 * at most 32 characters: a UUID goes out as its 32 hex digits and comes back with its dashes.
 */
public final class MerchantNumbers {

    private static final Pattern UUID = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_]{1,32}");

    private MerchantNumbers() {
    }

    /**
     * The merchant number for {@code id}.
     *
     * @throws IllegalArgumentException for an id that is neither a UUID nor up to 32 letters,
     *                                  digits and underscores
     */
    public static String of(String id) {
        if (UUID.matcher(id).matches()) {
            return id.replace("-", "").toLowerCase(Locale.ROOT);
        }
        if (SAFE.matcher(id).matches()) {
            return id;
        }
        throw new IllegalArgumentException("id cannot be a provider's merchant number: " + id);
    }

    /** Our id for a merchant number made by {@link #of(String)}. */
    public static String id(String merchantNumber) {
        if (merchantNumber != null && HEX32.matcher(merchantNumber).matches()) {
            return merchantNumber.substring(0, 8) + "-" + merchantNumber.substring(8, 12) + "-" + merchantNumber.substring(12, 16)
                    + "-" + merchantNumber.substring(16, 20) + "-" + merchantNumber.substring(20);
        }
        return merchantNumber;
    }
}
