package app.ledger.report;

import app.ledger.account.Account;
import java.time.DayOfWeek;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The pieces every report needs: the accounts it covers by id, and the periods. */
record ReportScope(Map<Long, Account> accounts, ReportPeriods periods, DayOfWeek weekStart) {

    String weekStartsOn(ReportInterval interval) {
        return interval == ReportInterval.WEEK ? weekStart.name().toLowerCase(Locale.ROOT) : null;
    }

    List<ReportPeriodView> periodViews() {
        return periods.periods().stream().map(ReportPeriodView::of).toList();
    }

    /** The currencies of the accounts, each in its order of codes. */
    TreeMap<String, Currency> currencies() {
        TreeMap<String, Currency> currencies = new TreeMap<>();
        accounts.values().forEach(a -> currencies.put(a.currency, Currency.getInstance(a.currency)));
        return currencies;
    }

    Map<Long, Integer> periodOfBucket() {
        Map<Long, Integer> index = new HashMap<>();
        List<ReportPeriods.Period> list = periods.periods();
        for (int i = 0; i < list.size(); i++) {
            index.put(periods.bucketOf(list.get(i).start()), i);
        }
        return index;
    }
}
