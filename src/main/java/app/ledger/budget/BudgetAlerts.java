package app.ledger.budget;

import app.ledger.journal.EntryView;
import app.ledger.journal.posting.AppliedWriteRecorder;
import app.ledger.journal.posting.CommitListener;
import app.ledger.journal.posting.CommittedEntry;
import app.ledger.journal.spending.CategoryTotals;
import app.ledger.live.LiveNotices;
import app.ledger.money.Money;
import app.ledger.support.InOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends the {@code budget} live event when a committed write makes a budget's spending in a month reach
 * 80 % or 100 % of its limit: once per budget, month and threshold, on whichever instance.
 * <ul>
 * <li>The check runs in the writer's transaction, after the batch has added to the month totals
 * ({@link AppliedWriteRecorder}): it sees the batch's own spending and everything committed before it (every
 * writer holds the entry id counter's lock until it commits, on every instance), so no two transactions
 * measure the same spending.</li>
 * <li>Only withdrawals with a category (new, or edited, such as moved into another category) can raise
 * spending; a batch without any, such as deposits, reads nothing. Otherwise one query finds the budgets of
 * those categories and their parents, and only their months are summed.</li>
 * <li>A threshold reached inserts its row into budget_alerts (primary key budget, month, threshold), doing
 * nothing when it exists: only the transaction whose insert succeeds sends the event, after it commits
 * ({@link CommitListener}); a rollback sends nothing.</li>
 * </ul>
 * Spending that falls back below a threshold (a reversal) and rises above it again in the same month does not
 * send it again. A write that jumps past both thresholds sends both, 80 first. A budget created or lowered
 * below what was spent sends on the next write in its categories; moving a category under a budgeted parent
 * sends nothing by itself.
 */
@ApplicationScoped
public class BudgetAlerts implements AppliedWriteRecorder, CommitListener {

    private static final String WITHDRAWAL = "withdrawal";

    /** Where a batch could have raised spending: a category in a month, in a currency, of a user. */
    private record Spot(long userId, long categoryId, long month, String currency) {
    }

    /** A budget to measure in a month. */
    private record Check(BudgetAlertRepository.Covering budget, long month) {
    }

    /** An event for a user. */
    private record Outgoing(long userId, BudgetEventView event) {
    }

    /** The events a batch will send once it has committed, and the batch they belong to. */
    private record Pending(long lastOrder, List<Outgoing> events) {
    }

    private final BudgetAlertRepository alerts;
    private final LiveNotices notices;
    private final BudgetClock clock;
    /** The writer applies one batch at a time: this holds the events of the batch being committed. */
    private final AtomicReference<Pending> pending = new AtomicReference<>();

    public BudgetAlerts(BudgetAlertRepository alerts, LiveNotices notices, BudgetClock clock) {
        this.alerts = alerts;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Uni<Void> record(List<AppliedWrite> writes) {
        List<CommittedEntry> entries = writes.stream().flatMap(write -> write.entries().stream()).toList();
        long lastOrder = lastOrder(entries);
        pending.set(new Pending(lastOrder, List.of()));
        List<Spot> spots = spots(entries);
        if (spots.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return alerts.covering(spots.stream().map(Spot::categoryId).toList()).flatMap(covering -> {
            Set<String> seen = new HashSet<>();
            List<Check> checks = new ArrayList<>();
            for (Spot spot : spots) {
                for (BudgetAlertRepository.Covering budget : covering) {
                    if (budget.spentCategoryId() == spot.categoryId() && budget.userId() == spot.userId()
                            && budget.currency().equals(spot.currency())
                            && seen.add(budget.budgetId() + "/" + spot.month())) {
                        checks.add(new Check(budget, spot.month()));
                    }
                }
            }
            checks.sort(Comparator.comparingLong((Check c) -> c.budget().budgetId()).thenComparingLong(Check::month));
            List<Outgoing> events = new ArrayList<>();
            Instant now = clock.now();
            return InOrder.each(checks, check -> check(check.budget(), check.month(), now, events))
                    .invoke(() -> pending.set(new Pending(lastOrder, List.copyOf(events))));
        });
    }

    private Uni<Void> check(BudgetAlertRepository.Covering budget, long month, Instant now,
            List<Outgoing> events) {
        return alerts.spent(budget.userId(), month, budget.currency(), budget.category().id()).flatMap(spent -> {
            List<Integer> reached = BudgetRules.reached(spent, budget.limitMinor());
            return InOrder.each(reached, threshold -> alerts
                    .markSent(budget.budgetId(), month, threshold, spent, now)
                    .invoke(inserted -> {
                        if (inserted) {
                            events.add(new Outgoing(budget.userId(), event(budget, month, threshold, spent)));
                        }
                    }).replaceWithVoid());
        });
    }

    @Override
    public void committed(List<CommittedEntry> entries) {
        Pending mine = pending.get();
        if (mine == null || mine.lastOrder() != lastOrder(entries)) {
            return; // a batch that was rolled back left it: it must not be sent
        }
        pending.compareAndSet(mine, null);
        for (Outgoing outgoing : mine.events()) {
            notices.send(outgoing.userId(), BudgetEventView.EVENT, outgoing.event());
        }
    }

    /** The spots where the entries may have raised spending, in a stable order. */
    private static List<Spot> spots(List<CommittedEntry> entries) {
        Set<Spot> spots = new TreeSet<>(Comparator.comparingLong(Spot::userId).thenComparingLong(Spot::categoryId)
                .thenComparingLong(Spot::month).thenComparing(Spot::currency));
        for (CommittedEntry committed : entries) {
            EntryView entry = committed.entry();
            if (WITHDRAWAL.equals(entry.type()) && entry.reversalOf() == null && entry.category() != null) {
                spots.add(new Spot(committed.userId(), entry.category().id(),
                        CategoryTotals.monthOf(entry.occurredOn()), entry.currency()));
            }
        }
        return List.copyOf(spots);
    }

    private static long lastOrder(List<CommittedEntry> entries) {
        return entries.stream().mapToLong(CommittedEntry::order).max().orElse(-1);
    }

    private static BudgetEventView event(BudgetAlertRepository.Covering budget, long month, int threshold,
            long spent) {
        Currency currency = Currency.getInstance(budget.currency());
        YearMonth yearMonth = YearMonth.of((int) (month / 12), (int) (month % 12) + 1);
        return new BudgetEventView(budget.budgetId(), budget.category().id(), budget.category(),
                yearMonth.toString(), threshold, Money.format(budget.limitMinor(), currency),
                Money.format(spent, currency), budget.currency());
    }
}
