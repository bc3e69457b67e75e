package shop.platform.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Spreads an order-level amount, typically a discount, over the order's lines.
 *
 * <p>The contract: an order-level discount is spread over lines in proportion to their amounts
 * (remainder on the last line), so partial refunds are exact. Each line's share is recorded with
 * the line, so refunding a line gives back exactly what that line was charged, and refunding
 * every line gives back exactly the order total.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Splits {@code total} over {@code parts} in proportion to the parts' amounts.
     *
     * <p>Every part except the last gets {@code floor(total * part / sum of parts)}; the last
     * part gets what is left, so the shares always add up to exactly {@code total}. If every
     * part is zero there is no proportion to follow and the last part gets everything.
     *
     * <p>Example: 1.00 yuan off an order of three lines of 5.00 yuan each gives shares of
     * 0.33, 0.33 and 0.34 yuan.
     *
     * @param total the amount to spread, zero or more
     * @param parts the line amounts, in line order, each zero or more, in the currency of
     *              {@code total}
     * @return one share per part, in the same order
     * @throws IllegalArgumentException if {@code parts} is empty, {@code total} or a part is
     *                                  negative, or a part is in another currency
     */
    public static List<Money> allocate(Money total, List<Money> parts) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts must not be empty: there is no line to allocate to");
        }
        if (total.isNegative()) {
            throw new IllegalArgumentException("total must be 0 or more, was " + total.amount());
        }
        // BigInteger because neither the sum of the parts nor total * part need fit in a long.
        BigInteger sum = BigInteger.ZERO;
        for (Money part : parts) {
            Objects.requireNonNull(part, "part");
            if (!part.currency().equals(total.currency())) {
                throw new IllegalArgumentException(
                        "cannot allocate " + total.currency() + " over a part in " + part.currency());
            }
            if (part.isNegative()) {
                throw new IllegalArgumentException("parts must be 0 or more, was " + part.amount());
            }
            sum = sum.add(BigInteger.valueOf(part.amount()));
        }

        List<Money> shares = new ArrayList<>(parts.size());
        long allocated = 0;
        int last = parts.size() - 1;
        for (int i = 0; i < last; i++) {
            long share = sum.signum() == 0 ? 0 : shareOf(total, parts.get(i), sum);
            shares.add(Money.of(share, total.currency()));
            allocated += share;
        }
        shares.add(Money.of(total.amount() - allocated, total.currency()));
        return List.copyOf(shares);
    }

    /** floor(total * part / sum); never more than total, because part is at most sum. */
    private static long shareOf(Money total, Money part, BigInteger sum) {
        return BigInteger.valueOf(total.amount())
                .multiply(BigInteger.valueOf(part.amount()))
                .divide(sum)
                .longValueExact();
    }
}
