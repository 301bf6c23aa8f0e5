package app.ledger.imports.view;

import java.util.List;

/**
 * A page of an import's rows in file order: {@code total} rows match the status filter, {@code nextOffset} is
 * null on the last page.
 */
public record ImportRowPage(List<ImportRowView> items, int offset, int total, Integer nextOffset) {
}
