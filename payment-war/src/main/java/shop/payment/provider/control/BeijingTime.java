package shop.payment.provider.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How Alipay (everywhere) and WeChat Pay's statements write times: {@code 2024-01-01 10:00:05},
 * Beijing time; Alipay's refund times add milliseconds ({@code 10:00:05.320}).
 */
final class BeijingTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    private BeijingTime() {
    }

    /** @throws java.time.format.DateTimeParseException when {@code text} is not in that form */
    static Instant parse(String text) {
        return LocalDateTime.parse(text, READ).atZone(ZONE).toInstant();
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.atZone(ZONE));
    }
}
