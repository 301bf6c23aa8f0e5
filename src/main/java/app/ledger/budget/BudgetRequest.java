package app.ledger.budget;

/** Body of {@code POST /api/budgets}; {@code period} may be left out (it can only be "month"). */
public record BudgetRequest(Long categoryId, String amount, String currency, String period) {

    static BudgetRequest empty() {
        return new BudgetRequest(null, null, null, null);
    }
}
