package app.ledger.imports.commit;

import app.ledger.category.CategoryKind;
import app.ledger.category.CategoryRules;
import app.ledger.category.CategoryView;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the user's category for a statement row's category text, with no I/O: the same name regardless of
 * case (as category names clash), of the row's kind (expense for money out, income for money in), not
 * archived. A top-level category wins over a sub-category of the same name; "Parent:Child" (the form QIF
 * files use) names a sub-category. No match: no category.
 */
final class CategoryMatch {

    private record Key(String name, CategoryKind kind) {
    }

    private final Map<Key, Long> byName = new HashMap<>();

    CategoryMatch(List<CategoryView> categories) {
        Map<Long, CategoryView> byId = new HashMap<>();
        categories.forEach(category -> byId.put(category.id(), category));
        categories.stream().filter(category -> !category.archived())
                .sorted(Comparator.comparing((CategoryView c) -> c.parentId() != null).thenComparingLong(CategoryView::id))
                .forEach(category -> {
                    byName.putIfAbsent(new Key(CategoryRules.nameKey(category.name()), category.kind()), category.id());
                    CategoryView parent = category.parentId() == null ? null : byId.get(category.parentId());
                    if (parent != null) {
                        byName.putIfAbsent(new Key(CategoryRules.nameKey(parent.name() + ":" + category.name()),
                                category.kind()), category.id());
                    }
                });
    }

    /** @param amountMinor the row's signed amount: negative is money out */
    Long of(String category, long amountMinor) {
        if (category == null || category.isBlank()) {
            return null;
        }
        CategoryKind kind = amountMinor < 0 ? CategoryKind.EXPENSE : CategoryKind.INCOME;
        String key = CategoryRules.nameKey(category);
        Long found = byName.get(new Key(key, kind));
        if (found == null && key.contains(":")) {
            // "Parent : Child" with spaces around the colon
            found = byName.get(new Key(key.replaceAll("\\s*:\\s*", ":"), kind));
        }
        return found;
    }
}
