package app.ledger.imports.statement;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** A sink for small test files that keeps what it receives. */
public final class Collected implements StatementSink {

    public final List<ParsedRow> rows = new ArrayList<>();
    public final List<StatementHeader> statements = new ArrayList<>();

    @Override
    public void row(ParsedRow row) {
        rows.add(row);
    }

    @Override
    public void statement(StatementHeader header) {
        statements.add(header);
    }

    public List<StatementRow> valid() {
        return rows.stream().filter(StatementRow.class::isInstance).map(StatementRow.class::cast).toList();
    }

    public List<InvalidRow> invalid() {
        return rows.stream().filter(InvalidRow.class::isInstance).map(InvalidRow.class::cast).toList();
    }

    public static final ImportLimits LIMITS = new ImportLimits(20_000_000, 100_000);

    public static StatementSource resource(String name) {
        return () -> {
            InputStream in = Collected.class.getResourceAsStream("/imports/" + name);
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in;
        };
    }
}
