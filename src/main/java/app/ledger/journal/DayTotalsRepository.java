package app.ledger.journal;

import app.ledger.persistence.SessionStatement;
import app.ledger.support.InOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each account's net per day and per block of days, inside the writer's transaction. The writer holds the
 * accounts' locks, so nothing else changes these rows between the read and the write.
 */
@ApplicationScoped
public class DayTotalsRepository {

    private static final String ADD_TO_DAY = "INSERT INTO account_day_totals (account_id, day, net_minor) VALUES ";
    private static final String DAY_ADDED = " ON CONFLICT (account_id, day) "
            + "DO UPDATE SET net_minor = account_day_totals.net_minor + excluded.net_minor";
    private static final String ADD_TO_BLOCK = "INSERT INTO account_block_totals (account_id, block, net_minor) VALUES ";
    private static final String BLOCK_ADDED = " ON CONFLICT (account_id, block) "
            + "DO UPDATE SET net_minor = account_block_totals.net_minor + excluded.net_minor";

    /**
     * Days read by one query at most: a statement import may span many years, and SQLite takes at most 32,766
     * parameters per statement.
     */
    private static final int MAX_DAYS_PER_QUERY = 1000;

    /** The committed net of these days; days without a total are left out. */
    public Uni<Map<DayTotals.AccountDay, Long>> nets(List<DayTotals.AccountDay> days) {
        if (days.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<Long, List<Long>> byAccount = days.stream().collect(Collectors.groupingBy(DayTotals.AccountDay::accountId,
                Collectors.mapping(DayTotals.AccountDay::day, Collectors.toList())));
        Map<DayTotals.AccountDay, Long> nets = new HashMap<>();
        List<Map.Entry<Long, List<Long>>> chunks = new ArrayList<>();
        byAccount.forEach((accountId, accountDays) -> {
            for (int from = 0; from < accountDays.size(); from += MAX_DAYS_PER_QUERY) {
                chunks.add(Map.entry(accountId,
                        accountDays.subList(from, Math.min(accountDays.size(), from + MAX_DAYS_PER_QUERY))));
            }
        });
        return InOrder.each(chunks, account -> {
            SessionStatement select = new SessionStatement("SELECT day, net_minor FROM account_day_totals "
                    + "WHERE account_id = ", account.getValue().size() + 1).value(account.getKey()).sql(" AND day IN (");
            List<Long> accountDays = account.getValue();
            for (int i = 0; i < accountDays.size(); i++) {
                select.sql(i == 0 ? "" : ", ").value(accountDays.get(i));
            }
            // read without flushing: the batch's entries are stamped from this before they are inserted, and
            // entries it changed (a reversal's original) must not be written before the entries they point to
            return select.sql(")").select().invoke(rows -> rows.forEach(row -> nets.put(
                    new DayTotals.AccountDay(account.getKey(), ((Number) row[0]).longValue()),
                    ((Number) row[1]).longValue())));
        }).replaceWith(nets);
    }

    /** Adds to the totals of these days and of their blocks. */
    public Uni<Void> add(Map<DayTotals.AccountDay, Long> added) {
        Map<DayTotals.AccountDay, Long> blocks = new HashMap<>();
        added.forEach((day, net) -> blocks.merge(
                new DayTotals.AccountDay(day.accountId(), day.day() >> DayTotals.BLOCK_SHIFT), net, Math::addExact));
        // blocks first, then days, each by account and day: a stable order makes batches easy to follow in a trace
        return SessionStatement.insertAll(ADD_TO_BLOCK, sorted(blocks), DayTotalsRepository::cells, BLOCK_ADDED)
                .chain(() -> SessionStatement.insertAll(ADD_TO_DAY, sorted(added), DayTotalsRepository::cells,
                        DAY_ADDED));
    }

    private static List<Map.Entry<DayTotals.AccountDay, Long>> sorted(Map<DayTotals.AccountDay, Long> nets) {
        return nets.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<DayTotals.AccountDay, Long> net) -> net.getKey().accountId())
                        .thenComparingLong(net -> net.getKey().day()))
                .toList();
    }

    private static Object[] cells(Map.Entry<DayTotals.AccountDay, Long> net) {
        return new Object[] {net.getKey().accountId(), net.getKey().day(), net.getValue()};
    }
}
