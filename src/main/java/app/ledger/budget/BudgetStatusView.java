package app.ledger.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * How each budget stands in one month: {@code spent} is the expense of the month in the budget's category and
 * its sub-categories over the user's accounts in the budget's currency; {@code remaining} is negative when
 * overspent; {@code percent} is spent / limit × 100 rounded down to one decimal.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record BudgetStatusView(String month, List<Line> budgets) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @RegisterForReflection
    public record Line(BudgetView budget, String limit, String spent, String remaining, BigDecimal percent) {
    }
}
