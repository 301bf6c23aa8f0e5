package app.ledger.rate.ecb;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One day of euro reference rates: one euro is worth each rate in its currency.
 *
 * @param skipped rates of currencies Ledger does not keep money in, left out
 */
public record EcbDay(LocalDate date, Map<String, BigDecimal> rates, int skipped) {
}
