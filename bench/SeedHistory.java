import app.ledger.journal.Entry;
import app.ledger.journal.integrity.EntryHash;
import app.ledger.journal.EntryType;
import app.ledger.persistence.InstantMicrosConverter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/**
 * Appends N entries to one account directly in a stopped Ledger's database, with a valid hash chain
 * (verify passes), so that history can be measured at a depth the API would take minutes to reach.
 * Uses the service's own hashing. Run with the packaged service on the class path:
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
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO entries (id, account_id, user_id, seq, "
                    + "type, amount_minor, balance_after_minor, description, category, created_at, prev_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                    e.category = i % 10 == 0 ? "income" : "food";
                    e.createdAt = InstantMicrosConverter.fromMicros(startMicros + i * 1000L);
                    e.prevHash = hash;
                    e.hash = EntryHash.of(e, currency);
                    hash = e.hash;
                    insert.setLong(1, e.id);
                    insert.setLong(2, accountId);
                    insert.setLong(3, userId);
                    insert.setLong(4, e.seq);
                    insert.setString(5, e.type.code());
                    insert.setLong(6, e.amountMinor);
                    insert.setLong(7, e.balanceAfterMinor);
                    insert.setString(8, e.description);
                    insert.setString(9, e.category);
                    insert.setLong(10, InstantMicrosConverter.toMicros(e.createdAt));
                    insert.setString(11, e.prevHash);
                    insert.setString(12, e.hash);
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
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
                    + "WHERE account_id = " + accountId + " AND seq < 500000 ORDER BY seq DESC LIMIT 51")) {
                while (plan.next()) {
                    System.out.println("query plan of a history page: " + plan.getString("detail"));
                }
            }
            System.out.println("seeded " + n + " entries into account " + accountId + ", now " + seq + " entries");
        }
    }
}
