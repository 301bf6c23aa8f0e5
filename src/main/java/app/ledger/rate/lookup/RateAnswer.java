package app.ledger.rate.lookup;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The rate in effect for a pair on a day, or that there is none: never a guess. */
public sealed interface RateAnswer {

    /** How a rate was found. */
    enum Route {
        /** From a currency to itself: 1. */
        SAME,
        /** A rate of the pair itself. */
        DIRECT,
        /** 1 / the rate of the opposite pair. */
        INVERSE,
        /** Through the euro: (EUR→to) / (EUR→from), each leg direct or inverse. */
        CROSS
    }

    /**
     * @param rate  units of the quote currency per unit of the base currency
     * @param since the day of the rate used; for a cross rate the older of its two legs' days
     */
    record Found(BigDecimal rate, LocalDate since, Route route) implements RateAnswer {
    }

    record Missing() implements RateAnswer {
    }

    RateAnswer MISSING = new Missing();
}
