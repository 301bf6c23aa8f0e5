package app.ledger.journal.search;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

/** PostgreSQL: the pg_trgm GIN index {@code entries_search_trgm_idx} (V10_2) answers LIKE. */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PostgresTextIndex implements TextIndex {

    @Override
    public String idsContaining() {
        return "SELECT id FROM entries WHERE search_text LIKE ? ESCAPE '\\'";
    }

    @Override
    public String pattern(String folded) {
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
