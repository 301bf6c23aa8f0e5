package app.ledger.report;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.AccountNotFoundException;
import app.ledger.auth.AuthService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accounts and periods of a report: the accounts the user may read, or the ones named, each of which
 * must be readable (404 otherwise, as for an account that does not exist); weeks start on the first day of
 * the user's locale.
 */
@ApplicationScoped
class ReportScopes {

    private final AccountAccess access;
    private final AuthService users;

    ReportScopes(AccountAccess access, AuthService users) {
        this.access = access;
        this.users = users;
    }

    /** @param onlyCurrency whether the query's currency picks the accounts (rather than a conversion) */
    Uni<ReportScope> of(long userId, ReportQuery query, boolean onlyCurrency) {
        return access.readable(userId).flatMap(readable -> {
            Map<Long, Account> byId = readable.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
            Map<Long, Account> chosen = new TreeMap<>();
            if (query.accountIds().isEmpty()) {
                chosen.putAll(byId);
            } else {
                for (long id : query.accountIds()) {
                    Account account = byId.get(id);
                    if (account == null) {
                        throw new AccountNotFoundException(id);
                    }
                    chosen.put(id, account);
                }
            }
            if (onlyCurrency && query.currency() != null) {
                chosen.values().removeIf(account -> !account.currency.equals(query.currency()));
            }
            return users.me(userId).map(user -> {
                DayOfWeek weekStart = WeekFields.of(Locale.forLanguageTag(user.locale())).getFirstDayOfWeek();
                return new ReportScope(chosen, new ReportPeriods(query.from(), query.to(), query.interval(),
                        weekStart), weekStart);
            });
        });
    }

    static List<Long> ids(ReportScope scope) {
        return List.copyOf(scope.accounts().keySet());
    }
}
