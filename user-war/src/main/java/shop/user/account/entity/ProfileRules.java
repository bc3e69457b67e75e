package shop.user.account.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for the optional profile fields a shopper fills in. Each check answers the message
 * to show for a bad value, or empty when the value is fine.
 */
public final class ProfileRules {

    public static final int AVATAR_URL_MAX = 512;

    /** Nobody alive was born earlier; earlier dates are typing mistakes. */
    public static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

    private ProfileRules() {
    }

    /** An absolute http(s) URL with a host, at most {@value #AVATAR_URL_MAX} characters, no spaces. */
    public static Optional<String> checkAvatarUrl(String url) {
        if (url.length() > AVATAR_URL_MAX) {
            return Optional.of("must be at most " + AVATAR_URL_MAX + " characters");
        }
        String problem = "must be an http or https URL";
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.of(problem);
            }
        } catch (URISyntaxException e) {
            // Spaces, control characters and the like.
            return Optional.of(problem);
        }
        return Optional.empty();
    }

    /** A gender as the API names it ({@code MALE}, {@code FEMALE}, {@code UNDISCLOSED}). */
    public static Optional<Gender> gender(String text) {
        for (Gender gender : Gender.values()) {
            if (gender.name().equals(text)) {
                return Optional.of(gender);
            }
        }
        return Optional.empty();
    }

    /**
     * A birthday as an ISO date ({@code 1990-05-17}) from {@link #EARLIEST_BIRTHDAY} to today.
     * "Today" is today anywhere on Earth (UTC+14), so a shopper born today in Shanghai or
     * Auckland is not refused because it is still yesterday in UTC.
     *
     * @throws IllegalArgumentException with the message to show, for any other value
     */
    public static LocalDate birthday(String text, OffsetDateTime now) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date as YYYY-MM-DD");
        }
        if (date.isBefore(EARLIEST_BIRTHDAY)) {
            throw new IllegalArgumentException("must not be before " + EARLIEST_BIRTHDAY);
        }
        LocalDate latest = now.withOffsetSameInstant(ZoneOffset.ofHours(14)).toLocalDate();
        if (date.isAfter(latest)) {
            throw new IllegalArgumentException("must not be in the future");
        }
        return date;
    }
}
