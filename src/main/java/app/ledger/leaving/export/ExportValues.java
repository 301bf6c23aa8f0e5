package app.ledger.leaving.export;

import app.ledger.money.Money;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;

/** Stored values as the export shows them: times as ISO instants, days as dates, money as decimal text. */
final class ExportValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportValues() {
    }

    /** Microseconds since the epoch as an ISO-8601 instant, or null. */
    static String instant(Long micros) {
        return micros == null ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS).toString();
    }

    /** Days since 1970-01-01 as an ISO date, or null. */
    static String day(Long epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay).toString();
    }

    /** Minor units of the currency as a plain decimal ("12.34"), or null. */
    static String money(Long minor, String currency) {
        return minor == null || currency == null ? null : Money.format(minor, Currency.getInstance(currency));
    }

    /** JSON stored as text (tags, the before and after of a change, options), as JSON; null stays null. */
    static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
