package shop.payment.provider.control;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts as providers write them, in yuan with up to two decimals ({@code "88.88"}), to and
 * from the shop's whole fen. Exact: through {@link BigDecimal}, never through a double, and a
 * third decimal is refused rather than rounded, since a provider never means it.
 */
public final class Yuan {

    // Plain decimal notation only: "1E+6" or "+5" is no amount a provider writes.
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,15}(\\.\\d{1,2})?");

    private Yuan() {
    }

    /**
     * The fen in {@code yuan}: {@code "88.8"} is 8880, {@code "0.01"} is 1.
     *
     * @throws IllegalArgumentException for anything but a plain decimal with at most two decimals
     */
    public static long toFen(String yuan) {
        if (yuan == null || !AMOUNT.matcher(yuan).matches()) {
            throw new IllegalArgumentException("not an amount in yuan with at most two decimals: '" + yuan + "'");
        }
        return new BigDecimal(yuan).movePointRight(2).longValueExact();
    }

    /** {@code fen} written in yuan with two decimals: 8880 is {@code "88.80"}. */
    public static String of(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2).toPlainString();
    }
}
