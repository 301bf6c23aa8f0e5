import app.ledger.journal.DayTotals;
import app.ledger.journal.Entry;
import app.ledger.journal.SearchText;
import app.ledger.journal.integrity.EntryHash;
import app.ledger.journal.EntryType;
import app.ledger.journal.spending.CategoryFlow;
import app.ledger.journal.spending.CategoryTotals;
import app.ledger.journal.spending.LabelTotals;
import app.ledger.persistence.InstantMicrosConverter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends N entries to one account directly in a stopped Ledger's database, with a valid hash chain
 * (verify passes), so that history can be measured at a depth the API would take minutes to reach.
 * The entries occurred over the five years up to today, in recording order, except every 50th, which is
 * backdated by up to four years; the day totals, running sums, search text and the report totals per day, week and
 * month (the entries have no category) and per payee and tag are written as the service writes them. Every 20th
 * entry has a payee and a tag. Uses the service's own hashing and folding. Run with
 * the packaged service on the class path:
 *
 *   SeedHistory <SQLite file or JDBC URL> <accountId> <n>      (bench/run.sh compiles and runs it)
 */
public class SeedHistory {

    public static void main(String[] args) throws Exception {
        String db = args[0].startsWith("jdbc:") ? args[0] : "jdbc:sqlite:" + args[0];
        long accountId = Long.parseLong(args[1]);
        int n = Integer.parseInt(args[2]);
        try (Connection c = DriverManager.getConnection(db)) {
            c.setAutoCommit(false);
            long userId;
            long seq;
            long balance;
            String hash;
            String currency;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT user_id, entry_count, balance_minor, last_hash, currency FROM accounts WHERE id = ?")) {
                s.setLong(1, accountId);
                ResultSet rs = s.executeQuery();
                rs.next();
                userId = rs.getLong(1);
                seq = rs.getLong(2);
                balance = rs.getLong(3);
                hash = rs.getString(4);
                currency = rs.getString(5);
            }
            long firstId;
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE entry_ids SET next_val = next_val + ? RETURNING next_val")) {
                s.setLong(1, n);
                ResultSet rs = s.executeQuery();
                rs.next();
                firstId = rs.getLong(1) - n;
            }
            long startMicros = InstantMicrosConverter.toMicros(Instant.now()) - n * 1000L;
            long today = LocalDate.now(ZoneOffset.UTC).toEpochDay();
            long firstDay = today - 5 * 365;
            Map<Long, Long> dayNets = new HashMap<>();
            try (PreparedStatement nets = c.prepareStatement(
                    "SELECT day, net_minor FROM account_day_totals WHERE account_id = ?")) {
                nets.setLong(1, accountId);
                ResultSet rs = nets.executeQuery();
                while (rs.next()) {
                    dayNets.put(rs.getLong(1), rs.getLong(2));
                }
            }
            Map<Long, Long> added = new HashMap<>();
            Map<Long, CategoryFlow> flows = new HashMap<>();
            LabelTotals labels = new LabelTotals();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO entries (id, account_id, user_id, seq, "
                    + "type, amount_minor, balance_after_minor, description, created_at, prev_hash, hash, "
                    + "occurred_on, hash_version, payee, tags, search_text, day_running_minor) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    Entry e = new Entry();
                    e.id = firstId + i;
                    e.accountId = accountId;
                    e.userId = userId;
                    e.seq = ++seq;
                    e.type = i % 4 == 3 && balance >= 500 ? EntryType.WITHDRAWAL : EntryType.DEPOSIT;
                    e.amountMinor = 100 + (i % 400);
                    balance += e.type.sign() * e.amountMinor;
                    e.balanceAfterMinor = balance;
                    e.description = (i % 10 == 0 ? "Salary " : "Groceries ") + i;
                    e.payee = i % 20 == 3 ? "Market " + (i % 97) : null; // withdrawals: spending by payee has groups
                    List<String> tags = i % 20 == 3 ? List.of("weekly") : List.of();
                    long day = firstDay + (long) i * (today - firstDay) / n;
                    if (i % 50 == 49) {
                        day = Math.max(firstDay, day - (i * 7919L) % (4 * 365));
                    }
                    e.occurredOn = LocalDate.ofEpochDay(day);
                    e.hashVersion = EntryHash.CURRENT_VERSION;
                    e.createdAt = InstantMicrosConverter.fromMicros(startMicros + i * 1000L);
                    e.prevHash = hash;
                    e.hash = EntryHash.of(e, currency);
                    hash = e.hash;
                    long signed = e.type.sign() * e.amountMinor;
                    long dayRunning = dayNets.merge(day, signed, Long::sum);
                    added.merge(day, signed, Long::sum);
                    flows.merge(day, CategoryFlow.of(e.type, false, e.amountMinor), CategoryFlow::plus);
                    labels.add(userId, day, accountId, e.payee, tags,
                            CategoryFlow.of(e.type, false, e.amountMinor).expenseMinor());
                    insert.setLong(1, e.id);
                    insert.setLong(2, accountId);
                    insert.setLong(3, userId);
                    insert.setLong(4, e.seq);
                    insert.setString(5, e.type.code());
                    insert.setLong(6, e.amountMinor);
                    insert.setLong(7, e.balanceAfterMinor);
                    insert.setString(8, e.description);
                    insert.setLong(9, InstantMicrosConverter.toMicros(e.createdAt));
                    insert.setString(10, e.prevHash);
                    insert.setString(11, e.hash);
                    insert.setLong(12, day);
                    insert.setString(13, e.payee);
                    insert.setString(14, tags.isEmpty() ? null : "[\"weekly\"]");
                    insert.setString(15, SearchText.of(e.description, e.payee, null, tags));
                    insert.setLong(16, dayRunning);
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement day = c.prepareStatement("INSERT INTO account_day_totals (account_id, day, "
                    + "net_minor) VALUES (?, ?, ?) ON CONFLICT (account_id, day) DO UPDATE SET net_minor = "
                    + "account_day_totals.net_minor + excluded.net_minor");
                    PreparedStatement block = c.prepareStatement("INSERT INTO account_block_totals (account_id, "
                            + "block, net_minor) VALUES (?, ?, ?) ON CONFLICT (account_id, block) DO UPDATE SET "
                            + "net_minor = account_block_totals.net_minor + excluded.net_minor")) {
                Map<Long, Long> blocks = new HashMap<>();
                for (Map.Entry<Long, Long> net : added.entrySet()) {
                    day.setLong(1, accountId);
                    day.setLong(2, net.getKey());
                    day.setLong(3, net.getValue());
                    day.addBatch();
                    blocks.merge(net.getKey() >> DayTotals.BLOCK_SHIFT, net.getValue(), Long::sum);
                }
                day.executeBatch();
                for (Map.Entry<Long, Long> net : blocks.entrySet()) {
                    block.setLong(1, accountId);
                    block.setLong(2, net.getKey());
                    block.setLong(3, net.getValue());
                    block.addBatch();
                }
                block.executeBatch();
            }
            try (PreparedStatement day = c.prepareStatement("INSERT INTO category_day_totals (user_id, day, "
                    + "account_id, category_id, month, income_minor, expense_minor) VALUES (?, ?, ?, 0, ?, ?, ?) "
                    + "ON CONFLICT (user_id, day, account_id, category_id) DO UPDATE SET income_minor = "
                    + "category_day_totals.income_minor + excluded.income_minor, expense_minor = "
                    + "category_day_totals.expense_minor + excluded.expense_minor");
                    PreparedStatement month = c.prepareStatement("INSERT INTO category_month_totals (user_id, "
                            + "month, account_id, category_id, income_minor, expense_minor) VALUES (?, ?, ?, 0, ?, ?) "
                            + "ON CONFLICT (user_id, month, account_id, category_id) DO UPDATE SET income_minor = "
                            + "category_month_totals.income_minor + excluded.income_minor, expense_minor = "
                            + "category_month_totals.expense_minor + excluded.expense_minor")) {
                Map<Long, CategoryFlow> months = new HashMap<>();
                for (Map.Entry<Long, CategoryFlow> flow : flows.entrySet()) {
                    long monthOfDay = CategoryTotals.monthOf(LocalDate.ofEpochDay(flow.getKey()));
                    day.setLong(1, userId);
                    day.setLong(2, flow.getKey());
                    day.setLong(3, accountId);
                    day.setLong(4, monthOfDay);
                    day.setLong(5, flow.getValue().incomeMinor());
                    day.setLong(6, flow.getValue().expenseMinor());
                    day.addBatch();
                    months.merge(monthOfDay, flow.getValue(), CategoryFlow::plus);
                }
                day.executeBatch();
                for (Map.Entry<Long, CategoryFlow> flow : months.entrySet()) {
                    month.setLong(1, userId);
                    month.setLong(2, flow.getKey());
                    month.setLong(3, accountId);
                    month.setLong(4, flow.getValue().incomeMinor());
                    month.setLong(5, flow.getValue().expenseMinor());
                    month.addBatch();
                }
                month.executeBatch();
            }
            // the week totals of the account, from its day totals as the V17 migration fills them
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM category_week_totals WHERE account_id = ?");
                    PreparedStatement weeks = c.prepareStatement("INSERT INTO category_week_totals (user_id, week, "
                            + "account_id, category_id, income_minor, expense_minor) SELECT user_id, "
                            + "(day + 3 + 280000) / 7 - 40000, account_id, category_id, SUM(income_minor), "
                            + "SUM(expense_minor) FROM category_day_totals WHERE account_id = ? "
                            + "GROUP BY user_id, (day + 3 + 280000) / 7 - 40000, account_id, category_id")) {
                clear.setLong(1, accountId);
                clear.executeUpdate();
                weeks.setLong(1, accountId);
                weeks.executeUpdate();
            }
            LabelTotals.Changes labelChanges = labels.changes();
            for (String label : List.of("payee", "tag")) {
                List<LabelTotals.Change> changes = label.equals("payee") ? labelChanges.payees() : labelChanges.tags();
                try (PreparedStatement day = c.prepareStatement("INSERT INTO " + label + "_day_totals (user_id, day, "
                        + "account_id, " + label + ", month, name, expense_minor) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (user_id, day, account_id, " + label + ") DO UPDATE SET name = excluded.name, "
                        + "expense_minor = " + label + "_day_totals.expense_minor + excluded.expense_minor");
                        PreparedStatement month = c.prepareStatement("INSERT INTO " + label + "_month_totals (user_id, "
                                + "month, account_id, " + label + ", name, expense_minor) VALUES (?, ?, ?, ?, ?, ?) "
                                + "ON CONFLICT (user_id, month, account_id, " + label + ") DO UPDATE SET name = "
                                + "excluded.name, expense_minor = " + label + "_month_totals.expense_minor + "
                                + "excluded.expense_minor")) {
                    for (LabelTotals.Change change : changes) {
                        day.setLong(1, change.key().userId());
                        day.setLong(2, change.key().day());
                        day.setLong(3, change.key().accountId());
                        day.setString(4, change.key().label());
                        day.setLong(5, change.key().month());
                        day.setString(6, change.name());
                        day.setLong(7, change.expenseMinor());
                        day.addBatch();
                    }
                    day.executeBatch();
                    for (LabelTotals.MonthChange change : LabelTotals.byMonth(changes)) {
                        month.setLong(1, change.key().userId());
                        month.setLong(2, change.key().month());
                        month.setLong(3, change.key().accountId());
                        month.setString(4, change.key().label());
                        month.setString(5, change.name());
                        month.setLong(6, change.expenseMinor());
                        month.addBatch();
                    }
                    month.executeBatch();
                }
            }
            System.out.println("days " + firstDay + " " + today);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE accounts SET entry_count = ?, balance_minor = ?, last_hash = ? WHERE id = ?")) {
                s.setLong(1, seq);
                s.setLong(2, balance);
                s.setString(3, hash);
                s.setLong(4, accountId);
                s.executeUpdate();
            }
            c.commit();
            if (!db.startsWith("jdbc:sqlite:")) {
                System.out.println("seeded " + n + " entries into account " + accountId + ", now " + seq + " entries");
                return;
            }
            try (ResultSet plan = c.createStatement().executeQuery("EXPLAIN QUERY PLAN SELECT * FROM entries "
                    + "WHERE account_id = " + accountId + " AND (occurred_on, seq) < (" + (today - 900)
                    + ", 500000) ORDER BY occurred_on DESC, seq DESC LIMIT 51")) {
                while (plan.next()) {
                    System.out.println("query plan of a history page: " + plan.getString("detail"));
                }
            }
            System.out.println("seeded " + n + " entries into account " + accountId + ", now " + seq + " entries");
        }
    }
}
