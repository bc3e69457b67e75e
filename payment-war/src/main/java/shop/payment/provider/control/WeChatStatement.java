package shop.payment.provider.control;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import shop.payment.provider.entity.ProviderNotification.Kind;
import shop.payment.provider.entity.StatementEntry;

/**
 * WeChat Pay's trade bill ({@code GET /v3/bill/tradebill}, {@code bill_type=ALL}): a header
 * line, one line per trade with every value prefixed by a backtick (so spreadsheets keep long
 * numbers as text), then a summary header (总交易单数, ...) and its line, which are not money
 * movements and are skipped. Trade state SUCCESS is a payment, REFUND a refund; REVOKED (a
 * cancelled trade, no money kept) is skipped. Times are Beijing time.
 */
final class WeChatStatement {

    static final String TIME = "交易时间";
    static final String TRANSACTION_ID = "微信订单号";
    static final String OUT_TRADE_NO = "商户订单号";
    static final String STATE = "交易状态";
    static final String CURRENCY = "货币种类";
    static final String SETTLED_AMOUNT = "应结订单金额";
    static final String ORDER_AMOUNT = "订单金额";
    static final String REFUND_ID = "微信退款单号";
    static final String OUT_REFUND_NO = "商户退款单号";
    static final String REFUND_AMOUNT = "退款金额";
    static final String REQUESTED_REFUND = "申请退款金额";
    static final String SUMMARY = "总交易单数";

    private WeChatStatement() {
    }

    static List<StatementEntry> read(String statement) {
        List<StatementEntry> entries = new ArrayList<>();
        Map<String, Integer> columns = null;
        int lineNumber = 0;
        for (String line : statement.split("\r?\n")) {
            lineNumber++;
            String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (text.isBlank()) {
                continue;
            }
            if (text.startsWith(SUMMARY)) {
                break;
            }
            if (columns == null) {
                columns = columns(text.split(","));
                continue;
            }
            try {
                StatementEntry entry = entry(values(text), columns);
                if (entry != null) {
                    entries.add(entry);
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
                throw new MalformedProviderMessage("WeChat Pay statement line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    /** Values start with a backtick; splitting on ",`" keeps commas inside a value (a product name). */
    private static String[] values(String line) {
        if (!line.startsWith("`")) {
            throw new IllegalArgumentException("a trade line starts with a backtick");
        }
        String[] values = line.substring(1).split(",`", -1);
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i].strip();
        }
        return values;
    }

    private static Map<String, Integer> columns(String[] header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].strip(), i);
        }
        for (String needed : List.of(TIME, TRANSACTION_ID, OUT_TRADE_NO, STATE, CURRENCY, SETTLED_AMOUNT, REFUND_ID, OUT_REFUND_NO,
                REFUND_AMOUNT)) {
            if (!columns.containsKey(needed)) {
                throw new MalformedProviderMessage("WeChat Pay statement has no column " + needed);
            }
        }
        return columns;
    }

    private static StatementEntry entry(String[] values, Map<String, Integer> columns) {
        String state = values[columns.get(STATE)];
        // The requested amounts are what the shop asked for; the settled ones leave out
        // vouchers, so they are the fallback for bills without the requested columns.
        String paymentId = MerchantNumbers.id(values[columns.get(OUT_TRADE_NO)]);
        Instant at = BeijingTime.parse(values[columns.get(TIME)]);
        String currency = values[columns.get(CURRENCY)];
        return switch (state) {
            case "SUCCESS" -> new StatementEntry(paymentId, null, values[columns.get(TRANSACTION_ID)], Kind.PAYMENT,
                    Yuan.toFen(either(values, columns, ORDER_AMOUNT, SETTLED_AMOUNT)), currency, at);
            case "REFUND" -> new StatementEntry(paymentId, MerchantNumbers.id(values[columns.get(OUT_REFUND_NO)]),
                    values[columns.get(REFUND_ID)], Kind.REFUND, Yuan.toFen(either(values, columns, REQUESTED_REFUND, REFUND_AMOUNT)),
                    currency, at);
            case "REVOKED" -> null;
            default -> throw new IllegalArgumentException("unknown 交易状态 " + state);
        };
    }

    private static String either(String[] values, Map<String, Integer> columns, String preferred, String fallback) {
        Integer column = columns.get(preferred);
        return column != null && column < values.length ? values[column] : values[columns.get(fallback)];
    }
}
