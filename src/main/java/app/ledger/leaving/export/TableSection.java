package app.ledger.leaving.export;

import app.ledger.persistence.read.DirectReads;
import app.ledger.persistence.read.RowLimit;
import app.ledger.persistence.read.RowMapper;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A section read with one SQL statement per page, ordered by its key. In {@code sql}, {@code ?U} stands for
 * the user's id, {@code ?K} for the key to start after and {@code ?K1}, {@code ?K2} … for the parts of a key
 * of several columns (a list); {@code {limit}} ends the page (a LIMIT clause, see {@link RowLimit}).
 */
final class TableSection implements ExportSection {

    private static final int USER = -2;
    private static final int WHOLE_KEY = -1;

    private final String name;
    private final String sql;
    private final Object start;
    private final RowMapper<ExportRow> mapper;
    private final DirectReads reads;
    /** For each placeholder in order: -2 for the user, -1 for the whole key, n for part n of the key. */
    private final List<Integer> order;

    private final boolean single;

    TableSection(DirectReads reads, String name, Object start, String sql, RowMapper<ExportRow> mapper) {
        this(reads, name, false, start, sql, mapper);
    }

    TableSection(DirectReads reads, String name, boolean single, Object start, String sql,
            RowMapper<ExportRow> mapper) {
        this.reads = reads;
        this.single = single;
        this.name = name;
        this.start = start;
        this.mapper = mapper;
        StringBuilder plain = new StringBuilder();
        List<Integer> params = new ArrayList<>();
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?' && i + 1 < sql.length() && sql.charAt(i + 1) == 'U') {
                params.add(USER);
                i++;
            } else if (c == '?' && i + 1 < sql.length() && sql.charAt(i + 1) == 'K') {
                i++;
                int part = 0;
                while (i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
                    part = part * 10 + sql.charAt(++i) - '0';
                }
                params.add(part == 0 ? WHOLE_KEY : part - 1);
            } else {
                plain.append(c);
                continue;
            }
            plain.append('?');
        }
        this.sql = plain.toString();
        this.order = Collections.unmodifiableList(params);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean single() {
        return single;
    }

    @Override
    public Object start() {
        return start;
    }

    @Override
    public Uni<List<ExportRow>> after(long userId, Object after, int limit) {
        List<Object> params = order.stream()
                .map(p -> p == USER ? (Object) userId : p == WHOLE_KEY ? after : ((List<?>) after).get(p))
                .toList();
        return reads.list(sql.replace("{limit}", RowLimit.of(limit)), params, mapper);
    }
}
