package app.ledger.budget;

import app.ledger.category.CategoryView;
import app.ledger.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** A budget as the API shows it: {@code amount} is the monthly limit, an exact decimal in its currency. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record BudgetView(long id, long categoryId, CategoryView category, String amount, String currency,
        String period, Instant createdAt) {

    static BudgetView of(Budget budget, CategoryView category) {
        return new BudgetView(budget.id, budget.categoryId, category,
                Money.format(budget.amountMinor, budget.currencyUnit()), budget.currency, budget.period,
                budget.createdAt);
    }
}
