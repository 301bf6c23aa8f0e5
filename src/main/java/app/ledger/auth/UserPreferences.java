package app.ledger.auth;

import app.ledger.problem.FieldErrors;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * What a user's time zone and locale must look like. The time zone is an IANA id known to java.time
 * ({@code Europe/Berlin}, {@code UTC}); fixed offsets such as {@code +02:00} are refused, since they do not
 * follow daylight saving time. The locale is a well-formed BCP 47 tag with a language, stored in its
 * canonical form ({@code de-ch} becomes {@code de-CH}).
 */
public final class UserPreferences {

    public static final String DEFAULT_TIME_ZONE = "UTC";
    public static final String DEFAULT_LOCALE = "en";
    public static final int TIME_ZONE_MAX = 64;
    /** RFC 5646 asks implementations to hold tags of at least 35 characters; longer ones are refused. */
    public static final int LOCALE_MAX = 35;

    private UserPreferences() {
    }

    /** The time zone as sent, or null with a field error when it is not one. */
    static String timeZone(String value, FieldErrors errors) {
        if (value == null || value.isEmpty() || value.length() > TIME_ZONE_MAX
                || !ZoneId.getAvailableZoneIds().contains(value)) {
            errors.add("timeZone", "Choose a time zone by its name, such as Europe/Berlin, America/New_York or UTC.");
            return null;
        }
        return value;
    }

    /** The canonical form of the tag, or null with a field error when it is not a usable one. */
    static String locale(String value, FieldErrors errors) {
        if (value != null && !value.isEmpty() && value.length() <= LOCALE_MAX) {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(value).build();
                if (!locale.getLanguage().isEmpty()) {
                    return locale.toLanguageTag();
                }
            } catch (IllformedLocaleException notATag) {
                // reported below
            }
        }
        errors.add("locale", "Choose a language by its tag, such as en, de-CH or pt-BR (at most "
                + LOCALE_MAX + " characters).");
        return null;
    }

    /** The zone of a stored id; a stored id that this Java no longer knows falls back to UTC. */
    public static ZoneId zoneOf(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (RuntimeException unknown) {
            return ZoneId.of(DEFAULT_TIME_ZONE);
        }
    }
}
