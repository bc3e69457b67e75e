package shop.payment.provider.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import shop.payment.provider.entity.ProviderNotification.Kind;
import shop.payment.provider.entity.StatementEntry;
import shop.platform.money.Money;

/**
 * Alipay's daily business detail statement (业务明细, from
 * {@code alipay.data.dataservice.bill.downloadurl.query}, bill type {@code trade}): a CSV whose
 * lines starting with {@code #} are titles and totals, then a header line and one line per
 * trade (业务类型 交易) or refund (退款). Columns are found by their header, values stripped of
 * the padding Alipay adds. A refund line's amount may be written negative; it is kept positive,
 * its kind says the money went back.
 */
final class AlipayStatement {

    static final String TRADE_NO = "支付宝交易号";
    static final String OUT_TRADE_NO = "商户订单号";
    static final String TYPE = "业务类型";
    static final String CREATED = "创建时间";
    static final String COMPLETED = "完成时间";
    static final String AMOUNT = "订单金额（元）";
    static final String REFUND_NO = "退款批次号/请求号";

    private AlipayStatement() {
    }

    static List<StatementEntry> read(String statement) {
        List<StatementEntry> entries = new ArrayList<>();
        Map<String, Integer> columns = null;
        int lineNumber = 0;
        for (String line : statement.split("\r?\n")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] values = line.split(",", -1);
            if (columns == null) {
                columns = columns(values);
                continue;
            }
            try {
                entries.add(entry(values, columns));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new MalformedProviderMessage("Alipay statement line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static Map<String, Integer> columns(String[] header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].strip(), i);
        }
        for (String needed : List.of(TRADE_NO, OUT_TRADE_NO, TYPE, COMPLETED, AMOUNT, REFUND_NO)) {
            if (!columns.containsKey(needed)) {
                throw new MalformedProviderMessage("Alipay statement has no column " + needed);
            }
        }
        return columns;
    }

    private static StatementEntry entry(String[] values, Map<String, Integer> columns) {
        String type = value(values, columns, TYPE);
        Kind kind = switch (type) {
            case "交易" -> Kind.PAYMENT;
            case "退款" -> Kind.REFUND;
            default -> throw new IllegalArgumentException("unknown 业务类型 " + type);
        };
        String at = value(values, columns, COMPLETED);
        if (at.isEmpty()) {
            at = value(values, columns, CREATED);
        }
        String refundNo = value(values, columns, REFUND_NO);
        return new StatementEntry(MerchantNumbers.id(value(values, columns, OUT_TRADE_NO)),
                kind == Kind.REFUND && !refundNo.isEmpty() ? MerchantNumbers.id(refundNo) : null,
                value(values, columns, TRADE_NO), kind, Math.abs(Yuan.toFen(value(values, columns, AMOUNT))), Money.CNY,
                AlipayProvider.time(at, COMPLETED));
    }

    private static String value(String[] values, Map<String, Integer> columns, String column) {
        return values[columns.get(column)].strip();
    }
}
