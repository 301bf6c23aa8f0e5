package app.ledger.budget;

import app.ledger.auth.AuthService;
import app.ledger.category.Category;
import app.ledger.category.CategoryService;
import app.ledger.category.CategoryView;
import app.ledger.config.LedgerConfig;
import app.ledger.money.Money;
import app.ledger.persistence.ConstraintViolations;
import app.ledger.problem.FieldErrors;
import app.ledger.support.PatchBody;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's monthly budgets: each limits the spending in one of the user's expense categories (sub-categories
 * included) in one currency, at most one per category and currency. Another user's budget, or category, is
 * answered like a missing one.
 */
@ApplicationScoped
public class BudgetService {

    private static final Set<String> CHANGEABLE = Set.of("amount", "categoryId");

    private final BudgetRepository budgets;
    private final CategoryService categories;
    private final MonthSpending spending;
    private final AuthService users;
    private final BudgetClock clock;
    private final BigDecimal maxAmount;
    private final int maxPerUser;

    public BudgetService(BudgetRepository budgets, CategoryService categories, MonthSpending spending,
            AuthService users, BudgetClock clock, LedgerConfig config) {
        this.budgets = budgets;
        this.categories = categories;
        this.spending = spending;
        this.users = users;
        this.clock = clock;
        this.maxAmount = config.maxAmount();
        this.maxPerUser = config.budgets().maxPerUser();
    }

    @WithSession
    public Uni<List<BudgetView>> list(long userId) {
        return budgets.listOwnedBy(userId).flatMap(this::views);
    }

    @WithSession
    public Uni<BudgetView> get(long userId, long id) {
        return owned(userId, id).flatMap(this::view);
    }

    /**
     * The count is checked before the insert without a lock, so on PostgreSQL requests racing each other may
     * pass the limit by a few; it bounds the size of the list, it is no security boundary. Two budgets for one
     * category and currency cannot both be inserted (a unique key).
     */
    @WithTransaction
    public Uni<BudgetView> create(long userId, BudgetRequest request) {
        BudgetRequest body = request != null ? request : BudgetRequest.empty();
        FieldErrors errors = new FieldErrors();
        if (body.categoryId() == null) {
            errors.add("categoryId", "Choose the category whose spending the budget limits.");
        }
        Currency currency = BudgetRules.currency(body.currency(), errors);
        long amount = BudgetRules.amount(body.amount(), currency, maxAmount, errors);
        BudgetRules.period(body.period(), errors);
        errors.throwIfAny();
        return budgetable(userId, body.categoryId())
                .flatMap(category -> budgets.countOwnedBy(userId).flatMap(owned -> {
                    if (owned >= maxPerUser) {
                        throw new TooManyBudgetsException(maxPerUser);
                    }
                    return budgets.taken(userId, category.id(), currency.getCurrencyCode(), 0);
                }).flatMap(taken -> {
                    if (taken) {
                        throw new BudgetTakenException(category.name(), currency.getCurrencyCode());
                    }
                    Budget budget = new Budget();
                    budget.userId = userId;
                    budget.categoryId = category.id();
                    budget.currency = currency.getCurrencyCode();
                    budget.amountMinor = amount;
                    budget.period = Budget.MONTH;
                    budget.createdAt = clock.now().truncatedTo(ChronoUnit.MICROS);
                    return budgets.persistAndFlush(budget);
                }).onFailure(ConstraintViolations::isUniqueViolation)
                        .transform(e -> new BudgetTakenException(category.name(), currency.getCurrencyCode()))
                        .map(budget -> BudgetView.of(budget, category)));
    }

    /**
     * Changes the limit or the category. Either change forgets which thresholds were sent for the budget, so
     * that 80 % and 100 % of the new limit are sent when they are reached.
     */
    @WithTransaction
    public Uni<BudgetView> update(long userId, long id, ObjectNode node) {
        FieldErrors errors = new FieldErrors();
        PatchBody body = PatchBody.of(node, CHANGEABLE, errors);
        String amountText = body.has("amount") ? body.text("amount") : null;
        Long categoryId = body.has("categoryId") ? body.id("categoryId") : null;
        if (body.has("categoryId") && categoryId == null) {
            errors.add("categoryId", "Choose the category whose spending the budget limits.");
        }
        return owned(userId, id).flatMap(budget -> {
            long amount = body.has("amount")
                    ? BudgetRules.amount(amountText, budget.currencyUnit(), maxAmount, errors) : budget.amountMinor;
            errors.throwIfAny();
            long newCategory = categoryId != null ? categoryId : budget.categoryId;
            Uni<CategoryView> category = newCategory != budget.categoryId
                    ? budgetable(userId, newCategory).call(chosen -> budgets
                            .taken(userId, chosen.id(), budget.currency, budget.id).invoke(taken -> {
                                if (taken) {
                                    throw new BudgetTakenException(chosen.name(), budget.currency);
                                }
                            }))
                    : categoryOf(budget);
            return category.flatMap(chosen -> {
                boolean changed = amount != budget.amountMinor || chosen.id() != budget.categoryId;
                budget.amountMinor = amount;
                budget.categoryId = chosen.id();
                Uni<?> forget = changed ? budgets.forgetAlerts(budget.id) : Uni.createFrom().voidItem();
                return forget.chain(budgets::flush)
                        .onFailure(ConstraintViolations::isUniqueViolation)
                        .transform(e -> new BudgetTakenException(chosen.name(), budget.currency))
                        .map(ignored -> BudgetView.of(budget, chosen));
            });
        });
    }

    /** Deletes the budget and the record of the thresholds sent for it; the entries stay as they are. */
    @WithTransaction
    public Uni<Void> delete(long userId, long id) {
        return owned(userId, id).call(budget -> budgets.forgetAlerts(budget.id)).flatMap(budgets::delete);
    }

    /**
     * How every budget of the user stands in {@code monthText} (YYYY-MM), by default (absent or empty) this
     * month in the user's time zone.
     */
    @WithSession
    public Uni<BudgetStatusView> status(long userId, String monthText) {
        FieldErrors errors = new FieldErrors();
        YearMonth asked = monthText == null || monthText.isEmpty() ? null : BudgetRules.month(monthText, errors);
        errors.throwIfAny();
        Uni<YearMonth> month = asked != null ? Uni.createFrom().item(asked)
                : users.timeZones(List.of(userId))
                        .map(zones -> clock.thisMonth(zones.getOrDefault(userId, ZoneOffset.UTC)));
        return month.flatMap(m -> list(userId).flatMap(views -> spending.of(userId, m).map(spent ->
                new BudgetStatusView(m.toString(), views.stream().map(view -> line(view, spent)).toList()))));
    }

    private static BudgetStatusView.Line line(BudgetView view, List<MonthSpending.Spent> spending) {
        Currency currency = Currency.getInstance(view.currency());
        long limit = Money.parse(view.amount(), currency).money().orElseThrow().minor();
        long spent = MonthSpending.sum(spending, view.categoryId(), view.currency());
        return new BudgetStatusView.Line(view, view.amount(), Money.format(spent, currency),
                Money.format(Math.subtractExact(limit, spent), currency), BudgetRules.percent(spent, limit));
    }

    private Uni<Budget> owned(long userId, long id) {
        return budgets.findById(id).map(budget -> {
            if (budget == null || budget.userId != userId) {
                throw new BudgetNotFoundException(id);
            }
            return budget;
        });
    }

    /** One of the user's expense categories, not archived; anyone else's is answered like a missing one. */
    private Uni<CategoryView> budgetable(long userId, long categoryId) {
        return categories.get(userId, categoryId).invoke(category -> {
            FieldErrors errors = new FieldErrors();
            BudgetRules.checkBudgetable(category, errors);
            errors.throwIfAny();
        });
    }

    private Uni<CategoryView> categoryOf(Budget budget) {
        return categories.get(budget.userId, budget.categoryId);
    }

    private Uni<BudgetView> view(Budget budget) {
        return categoryOf(budget).map(category -> BudgetView.of(budget, category));
    }

    private Uni<List<BudgetView>> views(List<Budget> list) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return categories.byIds(list.stream().map(b -> b.categoryId).distinct().toList())
                .map((Map<Long, Category> found) -> list.stream()
                        .map(budget -> BudgetView.of(budget, CategoryView.of(found.get(budget.categoryId))))
                        .toList());
    }
}
