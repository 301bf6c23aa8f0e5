package app.ledger.rate;

import app.ledger.persistence.read.Cells;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stored rate: on {@code date} one {@code base} is worth {@code rate} {@code quote}.
 *
 * @param userId the user whose rate it is; null for a published reference rate, which every user sees
 */
public record StoredRate(long id, Long userId, RateSource source, LocalDate date, String base, String quote,
        BigDecimal rate) {

    /** A row selected as {@code id, user_id, source, day, base, quote, rate}. */
    public static StoredRate of(Cells row) {
        return new StoredRate(row.getLong(0), row.getNullableLong(1), RateSource.fromCode(row.getString(2))
                .orElseThrow(), LocalDate.ofEpochDay(row.getLong(3)), row.getString(4), row.getString(5),
                new BigDecimal(row.getString(6)));
    }

    public boolean published() {
        return userId == null;
    }
}
