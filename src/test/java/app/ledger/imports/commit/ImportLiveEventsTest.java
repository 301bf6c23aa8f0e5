package app.ledger.imports.commit;

import static app.ledger.imports.commit.Previews.Row.fresh;
import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.ledger.live.LiveHub;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.SseClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open tabs learn of a statement import from one event and the balance, not from an event per entry. */
@QuarkusTest
class ImportLiveEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final int ROWS = 300;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LiveHub hub;

    @Test
    void aCommitAndAnUndoEachSendOneImportEventAndTheBalance() {
        String token = Api.newUser();
        long account = mainAccount(token);
        List<Previews.Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(fresh("2026-06-01", "1.00", "Row " + i));
        }
        long importId = new Previews(dataSource).insert(account, rows);
        Database db = new Database(dataSource);

        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            ImportCommitResourceTest.commit(token, importId).then().statusCode(200);
            long last = db.count("SELECT max(id) FROM entries WHERE import_id = ?", importId);

            SseClient.Event imported = stream.next(PATIENCE);
            assertThat(imported.name()).isEqualTo("import");
            assertThat(imported.id()).isEqualTo(Long.toString(2 * last));
            JsonPath data = JsonPath.from(imported.data());
            assertThat(data.getLong("importId")).isEqualTo(importId);
            assertThat(data.getLong("accountId")).isEqualTo(account);
            assertThat(data.getString("status")).isEqualTo("committed");
            assertThat(data.getInt("imported")).isEqualTo(ROWS);
            SseClient.Event balance = stream.next(PATIENCE);
            assertThat(balance.name()).isEqualTo("balance");
            assertThat(balance.id()).isEqualTo(Long.toString(2 * last + 1));
            assertThat(JsonPath.from(balance.data()).getString("balance")).isEqualTo("300.00");

            // the next write's events come right after: none of the imported entries was sent on its own
            long marker = ((Number) deposit(token, account, "0.50").then().statusCode(201).extract()
                    .path("entry.id")).longValue();
            assertThat(stream.next(PATIENCE).id()).isEqualTo(Long.toString(2 * marker));

            ImportCommitResourceTest.delete(token, importId).then().statusCode(200);
            assertThat(stream.next(PATIENCE).name()).isEqualTo("balance"); // the marker's
            SseClient.Event undone = stream.next(PATIENCE);
            assertThat(undone.name()).isEqualTo("import");
            JsonPath undoneData = JsonPath.from(undone.data());
            assertThat(undoneData.getString("status")).isEqualTo("undone");
            assertThat(undoneData.getInt("reversed")).isEqualTo(ROWS);
            SseClient.Event after = stream.next(PATIENCE);
            assertThat(after.name()).isEqualTo("balance");
            assertThat(JsonPath.from(after.data()).getString("balance")).isEqualTo("0.50");
            assertThat(Long.parseLong(after.id())).isGreaterThan(Long.parseLong(undone.id()));
            assertThat(stream.next(Duration.ofMillis(500))).isNull();
        }
    }

    private static long userOf(Database db, long account) {
        return db.count("SELECT user_id FROM accounts WHERE id = ?", account);
    }
}
