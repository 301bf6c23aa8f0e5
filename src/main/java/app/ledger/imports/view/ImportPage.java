package app.ledger.imports.view;

import java.util.List;

/** A page of the user's imports, newest first; {@code nextCursor} is null on the last page. */
public record ImportPage(List<ImportView> items, String nextCursor) {
}
