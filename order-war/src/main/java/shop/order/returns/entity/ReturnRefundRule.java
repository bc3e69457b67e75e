package shop.order.returns.entity;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import shop.platform.money.Allocation;
import shop.platform.money.Money;

/**
 * What returning units refunds (CONTRACT.md money rules). What was paid for the goods (payable
 * minus shipping, so after every discount and points) is spread over the lines in proportion to
 * their amounts, the remainder on the last line; units of a line refund their cumulative share
 * rounded half up, so returning a line in several parts adds up to exactly its share. Shipping
 * goes back only with the last units of the order.
 */
public final class ReturnRefundRule {

    private ReturnRefundRule() {
    }

    /** An order line as the rule needs it: its id, units bought and amount before order-level discounts. */
    public record Line(String lineId, int quantity, long amount) {
    }

    /** Each line's share of what was paid for the goods, by line id. */
    public static Map<String, Long> shares(List<Line> lines, long payable, long shipping, String currency) {
        List<Money> amounts = lines.stream().map(l -> Money.of(l.amount(), currency)).toList();
        List<Money> shares = Allocation.allocate(Money.of(payable - shipping, currency), amounts);
        Map<String, Long> byLine = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byLine.put(lines.get(i).lineId(), shares.get(i).amount());
        }
        return byLine;
    }

    /**
     * What {@code units} more units of a line refund when {@code alreadyBack} units of it were
     * refunded before: the difference of the cumulative shares.
     */
    public static long refundFor(long lineShare, int bought, int alreadyBack, int units) {
        if (units <= 0 || alreadyBack < 0 || alreadyBack + units > bought) {
            throw new IllegalArgumentException("cannot return " + units + " of " + bought + " units with " + alreadyBack + " back already");
        }
        return cumulative(lineShare, bought, alreadyBack + units) - cumulative(lineShare, bought, alreadyBack);
    }

    /** share × units / bought, rounded half up (exact: no floating point). */
    static long cumulative(long share, int bought, int units) {
        BigInteger[] qr = BigInteger.valueOf(share).multiply(BigInteger.valueOf(units)).divideAndRemainder(BigInteger.valueOf(bought));
        long whole = qr[0].longValueExact();
        return qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(bought)) >= 0 ? whole + 1 : whole;
    }
}
