package shop.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTransient;
import shop.platform.json.Jsons;

/**
 * An amount of money in whole minor units of its currency, for the shop's {@code CNY} that is
 * fen (1 yuan = 100 fen). On the wire it is {@code {"amount": 1999, "currency": "CNY"}}, which
 * is 19.99 yuan.
 *
 * <p>Amounts are never fractional: wherever a calculation produces a fraction of a fen (a
 * percentage discount), it is rounded half up to the fen. Amounts in different currencies are
 * never added, subtracted or compared; trying to is a programming error and throws
 * {@link IllegalArgumentException}. Results that would not fit in a {@code long} throw
 * {@link ArithmeticException} instead of silently wrapping around.
 *
 * <p>An amount may be negative, for example the difference between a refund and what was paid.
 *
 * @param amount   the amount in minor units (fen for CNY)
 * @param currency the ISO 4217 code, three uppercase letters such as {@code "CNY"}
 */
public record Money(long amount, String currency) implements Comparable<Money> {

    /** The currency the shop sells in. */
    public static final String CNY = "CNY";

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    /**
     * @throws NullPointerException     if {@code currency} is null
     * @throws IllegalArgumentException if {@code currency} is not three uppercase letters
     */
    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!ISO_4217.matcher(currency).matches()) {
            throw new IllegalArgumentException(
                    "currency must be an ISO 4217 code of three uppercase letters, was '" + currency + "'");
        }
    }

    /** {@code amount} minor units of {@code currency}. */
    public static Money of(long amount, String currency) {
        return new Money(amount, currency);
    }

    /** An amount in yuan given in fen: {@code cny(1999)} is 19.99 yuan. */
    public static Money cny(long fen) {
        return new Money(fen, CNY);
    }

    /**
     * Fen as yuan the way labels shoppers read show it, without needless decimals ("满300减40"):
     * 30000 is "300", 1250 is "12.5", 1205 is "12.05".
     */
    public static String yuanLabel(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        if (abs % 100 == 0) {
            return sign + abs / 100;
        }
        return sign + (abs % 10 == 0 ? String.format("%d.%d", abs / 100, (abs % 100) / 10) : String.format("%d.%02d", abs / 100, abs % 100));
    }

    /** Nothing, in {@code currency}; the starting point for a sum. */
    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /**
     * What loyalty points are worth when spent: 100 points = 1 yuan, so {@code points} points
     * are {@code points} fen in CNY.
     *
     * @throws IllegalArgumentException if {@code points} is negative
     */
    public static Money fromPoints(long points) {
        if (points < 0) {
            throw new IllegalArgumentException("points must be 0 or more, was " + points);
        }
        // 100 points per yuan and 100 fen per yuan: one point is exactly one fen.
        return cny(points);
    }

    /** This amount plus {@code other}, which must be in the same currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amount, other.amount), currency);
    }

    /** This amount minus {@code other}, which must be in the same currency; may be negative. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amount, other.amount), currency);
    }

    /**
     * The price of {@code quantity} items at this unit price.
     *
     * @throws IllegalArgumentException if {@code quantity} is not at least 1
     */
    public Money times(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be 1 or more, was " + quantity);
        }
        return new Money(Math.multiplyExact(amount, (long) quantity), currency);
    }

    /**
     * The discount that {@code percent}% off this amount gives, rounded half up to the fen:
     * 15% off 3.33 yuan is 0.4995 yuan, a discount of 0.50 yuan. Subtract it to get the price
     * after the discount.
     *
     * @param percent 0 to 100
     * @throws IllegalArgumentException if {@code percent} is outside 0..100
     */
    public Money percentOff(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be between 0 and 100, was " + percent);
        }
        // BigDecimal because amount * percent can exceed a long before the division by 100.
        long discount = BigDecimal.valueOf(amount)
                .multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Money(discount, currency);
    }

    /** The smaller of this amount and {@code other}, e.g. a coupon capped at the order amount. */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    // JSON-B would otherwise write these two as extra "isNegative"/"isZero" properties.

    /** Whether this amount is below zero. */
    @JsonbTransient
    public boolean isNegative() {
        return amount < 0;
    }

    /** Whether this amount is exactly zero. */
    @JsonbTransient
    public boolean isZero() {
        return amount == 0;
    }

    /** The shape events and APIs use for an amount: {@code {"amount": fen, "currency": "CNY"}}. */
    public JsonObject toJson() {
        return Jsons.createObjectBuilder().add("amount", amount).add("currency", currency).build();
    }

    /**
     * Orders amounts of the same currency by size.
     *
     * @throws IllegalArgumentException if {@code other} is in another currency
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(amount, other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix currencies: " + currency + " and " + other.currency);
        }
    }
}
