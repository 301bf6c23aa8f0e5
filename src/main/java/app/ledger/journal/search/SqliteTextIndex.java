package app.ledger.journal.search;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SQLite: the FTS5 trigram table {@code entry_search} (V10_2). GLOB, not LIKE: FTS5 answers LIKE from the index
 * only without an ESCAPE clause, and GLOB escapes its wildcards as one-character classes; the text is folded
 * already, so GLOB's case-sensitivity is what is wanted.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "sqlite")
public class SqliteTextIndex implements TextIndex {

    @Override
    public String idsContaining() {
        return "SELECT rowid FROM entry_search WHERE search_text GLOB ?";
    }

    @Override
    public String pattern(String folded) {
        StringBuilder glob = new StringBuilder(folded.length() + 8).append('*');
        folded.codePoints().forEach(c -> {
            if (c == '*' || c == '?' || c == '[') {
                glob.append('[').appendCodePoint(c).append(']');
            } else {
                glob.appendCodePoint(c);
            }
        });
        return glob.append('*').toString();
    }
}
