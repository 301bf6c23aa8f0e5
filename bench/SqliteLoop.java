import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The floor for durable writes: a bare loop of transactions over one SQLite connection with the service's
 * settings (WAL, synchronous=FULL, BEGIN IMMEDIATE), each a select, an update and an insert, one commit each.
 * Prints transactions per second.
 *
 *   SqliteLoop <directory> <seconds>
 */
public class SqliteLoop {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        String url = "jdbc:sqlite:" + dir.resolve("loop.db")
                + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&transaction_mode=IMMEDIATE";
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS accounts (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
                        + " amount INTEGER NOT NULL, balance_after INTEGER NOT NULL, created_at INTEGER NOT NULL)");
                s.execute("INSERT OR IGNORE INTO accounts VALUES (1, 0)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement select = c.prepareStatement("SELECT balance FROM accounts WHERE id = 1");
                    PreparedStatement update = c.prepareStatement("UPDATE accounts SET balance = ? WHERE id = 1");
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO entries (account_id, amount, balance_after, created_at) VALUES (1, 100, ?, ?)")) {
                long deadline = System.nanoTime() + seconds * 1_000_000_000L;
                long done = 0;
                long started = System.nanoTime();
                while (System.nanoTime() < deadline) {
                    long balance;
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        balance = rs.getLong(1) + 100;
                    }
                    update.setLong(1, balance);
                    update.executeUpdate();
                    insert.setLong(1, balance);
                    insert.setLong(2, System.currentTimeMillis());
                    insert.executeUpdate();
                    c.commit();
                    done++;
                }
                double rate = done / ((System.nanoTime() - started) / 1e9);
                System.out.printf("bare SQLite durable loop: %.0f transactions/s%n", rate);
            }
        }
    }
}
