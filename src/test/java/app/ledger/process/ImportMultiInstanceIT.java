package app.ledger.process;

import static app.ledger.process.HttpJson.field;
import static app.ledger.process.HttpJson.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.ledger.support.TestDatabase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one PostgreSQL database: a statement import committed through one reaches a stream held by
 * the other as one import event and the balance, not as an event per entry.
 */
class ImportMultiInstanceIT {

    private static final String USER = "{\"username\":\"import.twice\",\"password\":\"a long enough password\"}";
    private static final int ROWS = 500;

    @TempDir
    Path dir;

    @Test
    void aCommittedImportReachesTheOtherInstanceAsOneEvent() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "several instances share a PostgreSQL database only");
        Map<String, String> database = LedgerProcess.freshDatabase(dir.resolve("data"));
        try (LedgerProcess a = LedgerProcess.start(database, dir.resolve("a.log")).awaitReady();
                LedgerProcess b = LedgerProcess.start(database, dir.resolve("b.log")).awaitReady()) {
            assertThat(send("POST", a.uri("/api/auth/register"), null, USER).statusCode()).isEqualTo(201);
            String token = field(send("POST", a.uri("/api/auth/login"), null, USER).body(), "token");
            long importId = preview(database, 1);

            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            HttpRequest events = HttpRequest.newBuilder(b.uri("/api/events"))
                    .header("Authorization", "Bearer " + token).build();
            CompletableFuture<?> stream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .sendAsync(events, HttpResponse.BodyHandlers.fromLineSubscriber(new StreamLines(lines)));
            try {
                assertThat(lines.poll(5, TimeUnit.SECONDS)).isNotNull();
                var commit = send("POST", a.uri("/api/imports/" + importId + "/commit"), token, "{}");
                assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
                assertThat(commit.body()).contains("\"imported\":" + ROWS).contains("\"balance\":\"500.00\"");

                List<String> named = new ArrayList<>();
                String balance = null;
                while (balance == null) {
                    String line = lines.poll(10, TimeUnit.SECONDS);
                    assertThat(line).as("the events of the import on the other instance").isNotNull()
                            .isNotEqualTo(StreamLines.END);
                    if (line.startsWith("event:")) {
                        named.add(line);
                    } else if (line.startsWith("data:") && named.size() == 1) {
                        assertThat(line).contains("\"importId\":" + importId).contains("\"status\":\"committed\"")
                                .contains("\"imported\":" + ROWS);
                    } else if (line.startsWith("data:") && named.size() == 2) {
                        balance = line;
                    }
                }
                assertThat(named).containsExactly("event:import", "event:balance");
                assertThat(balance).contains("\"balance\":\"500.00\"");
            } finally {
                stream.cancel(true);
            }
        }
    }

    /** A preview of ROWS deposits of 1.00 in the account, written as the upload would. */
    private static long preview(Map<String, String> database, long accountId) throws Exception {
        try (Connection c = DriverManager.getConnection(database.get("quarkus.datasource.jdbc.url"),
                database.get("quarkus.datasource.username"), database.get("quarkus.datasource.password"))) {
            long importId;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO imports (user_id, account_id, format, "
                    + "status, total_rows, new_rows, duplicate_rows, invalid_rows, created_at) SELECT user_id, id, "
                    + "'csv', 'previewed', ?, ?, 0, 0, created_at FROM accounts WHERE id = ? RETURNING id")) {
                insert.setInt(1, ROWS);
                insert.setInt(2, ROWS);
                insert.setLong(3, accountId);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    importId = rs.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO import_rows (import_id, row_no, line, "
                    + "status, occurred_on, amount_minor, currency, payee) VALUES (?, ?, ?, 'new', ?, 100, 'USD', ?)")) {
                for (int row = 1; row <= ROWS; row++) {
                    insert.setLong(1, importId);
                    insert.setInt(2, row);
                    insert.setInt(3, row + 1);
                    insert.setLong(4, LocalDate.of(2026, 6, 1).toEpochDay());
                    insert.setString(5, "Payee " + row);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return importId;
        }
    }
}
