package shop.user.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Avatar URLs are http(s) URLs of at most 512 characters; birthdays lie between 1900-01-01 and today. */
class ProfileRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    @Test
    void http_and_https_urls_with_a_host_are_avatars() {
        assertEquals(Optional.empty(), ProfileRules.checkAvatarUrl("https://img.example.com/a/b.png?size=200"));
        assertEquals(Optional.empty(), ProfileRules.checkAvatarUrl("http://img.example.com/a.jpg"));
        assertEquals(Optional.empty(), ProfileRules.checkAvatarUrl("HTTPS://IMG.EXAMPLE.COM/A.JPG"));
    }

    @Test
    void other_schemes_relative_paths_spaces_and_hostless_urls_are_not() {
        for (String bad : new String[] {"javascript:alert(1)", "ftp://example.com/a.png", "data:image/png;base64,AAAA",
                "/avatars/me.png", "https://", "https:///path", "https://exa mple.com/a.png", "not a url"}) {
            assertEquals(Optional.of("must be an http or https URL"), ProfileRules.checkAvatarUrl(bad), bad);
        }
    }

    @Test
    void an_avatar_url_may_have_512_characters_not_513() {
        String prefix = "https://img.example.com/";
        String exact = prefix + "a".repeat(512 - prefix.length());
        assertEquals(Optional.empty(), ProfileRules.checkAvatarUrl(exact));
        assertTrue(ProfileRules.checkAvatarUrl(exact + "a").orElseThrow().contains("512"));
    }

    @Test
    void genders_are_the_three_names_exactly() {
        assertEquals(Optional.of(Gender.FEMALE), ProfileRules.gender("FEMALE"));
        assertEquals(Optional.of(Gender.UNDISCLOSED), ProfileRules.gender("UNDISCLOSED"));
        assertEquals(Optional.empty(), ProfileRules.gender("female"));
        assertEquals(Optional.empty(), ProfileRules.gender("OTHER"));
    }

    @Test
    void a_birthday_from_1900_to_today_is_accepted() {
        assertEquals(LocalDate.of(1900, 1, 1), ProfileRules.birthday("1900-01-01", NOW));
        assertEquals(LocalDate.of(1990, 5, 17), ProfileRules.birthday("1990-05-17", NOW));
        assertEquals(LocalDate.of(2026, 11, 28), ProfileRules.birthday("2026-11-28", NOW));
    }

    @Test
    void today_is_today_anywhere_on_earth() {
        // 23:00 UTC on the 28th is already the 29th east of UTC+1: a baby born there today is not refused.
        OffsetDateTime lateEvening = OffsetDateTime.parse("2026-11-28T23:00:00Z");
        assertEquals(LocalDate.of(2026, 11, 29), ProfileRules.birthday("2026-11-29", lateEvening));
        assertThrows(IllegalArgumentException.class, () -> ProfileRules.birthday("2026-11-30", lateEvening));
    }

    @Test
    void future_early_and_malformed_birthdays_are_refused_with_a_reason() {
        assertEquals("must not be in the future", refusal("2026-11-30"));
        assertEquals("must not be before 1900-01-01", refusal("1899-12-31"));
        assertEquals("must be a date as YYYY-MM-DD", refusal("2001-02-29"));
        assertEquals("must be a date as YYYY-MM-DD", refusal("17/05/1990"));
        assertEquals("must be a date as YYYY-MM-DD", refusal("1990-05-17T00:00:00Z"));
    }

    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> ProfileRules.birthday(text, NOW)).getMessage();
    }
}
