package app.ledger.journal.history;

import app.ledger.journal.EntryType;
import app.ledger.persistence.InstantMicrosConverter;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/** The conditions of the entry filters, as SQL on the entries table, shared by history and search. */
public final class FilterSql {

    private static final String LIKE = " LIKE ? ESCAPE '\\'";

    private FilterSql() {
    }

    /**
     * Appends {@code AND …} for each filter that is set. Text filters are not index searches here: they filter
     * the rows that the walk down an ordered index passes.
     *
     * @param ownerId whose categories the text is also looked for in, by name
     */
    public static void append(HistoryFilter filter, long ownerId, StringBuilder sql, List<Object> params) {
        if (!filter.types().equals(EnumSet.allOf(EntryType.class))) {
            // in declaration order, so that each set of types is always the same statement text
            sql.append(" AND type IN (").append(String.join(", ", Collections.nCopies(filter.types().size(), "?")))
                    .append(')');
            filter.types().forEach(type -> params.add(type.code()));
        }
        if (filter.from() != null) {
            sql.append(" AND created_at >= ?");
            params.add(InstantMicrosConverter.toMicros(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND created_at < ?");
            params.add(InstantMicrosConverter.toMicros(filter.to()));
        }
        if (filter.fromDay() != null) {
            sql.append(" AND occurred_on >= ?");
            params.add(filter.fromDay());
        }
        if (filter.toDay() != null) {
            sql.append(" AND occurred_on <= ?");
            params.add(filter.toDay());
        }
        if (filter.minMinor() != null) {
            sql.append(" AND amount_minor >= ?");
            params.add(filter.minMinor());
        }
        if (filter.maxMinor() != null) {
            sql.append(" AND amount_minor <= ?");
            params.add(filter.maxMinor());
        }
        if (filter.categoryId() != null) {
            sql.append(" AND category_id = ?");
            params.add(filter.categoryId());
        }
        if (filter.payeePattern() != null) {
            sql.append(" AND search_text").append(LIKE);
            params.add(filter.payeePattern());
        }
        if (filter.tagPattern() != null) {
            sql.append(" AND search_text").append(LIKE);
            params.add(filter.tagPattern());
        }
        if (filter.textPattern() != null) {
            // the category's name as it is now: a renamed category is found by its new name at once
            sql.append(" AND (search_text").append(LIKE).append(" OR category_id IN (SELECT id FROM categories "
                    + "WHERE user_id = ? AND name_key").append(LIKE).append("))");
            params.add(filter.textPattern());
            params.add(ownerId);
            params.add(filter.textPattern());
        }
    }
}
