package app.ledger.budget;

import app.ledger.category.CategoryView;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The data of the {@code budget} live event: the spending of {@code month} (YYYY-MM) reached
 * {@code threshold} per cent of the budget's limit. {@code limit} and {@code spent} are exact decimals in
 * {@code currency}, spent as it was right after the write that reached the threshold.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record BudgetEventView(long budgetId, long categoryId, CategoryView category, String month, int threshold,
        String limit, String spent, String currency) {

    static final String EVENT = "budget";
}
