package app.ledger.imports.commit;

import static app.ledger.support.Ledger.balance;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A statement import and its undo write their entries, trail and reversal marks as multi-row statements, not
 * as one managed entity each: the session's flush of a hundred thousand entities held the event loop for
 * seconds. Hibernate's statistics count what went through the session.
 */
@QuarkusTest
@TestProfile(ImportBulkWriteTest.WithStatistics.class)
class ImportBulkWriteTest {

    /** More than two statements' worth, the last one partial. */
    private static final int ROWS = 2 * 500 + 201;

    public static class WithStatistics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void commitAndUndoWriteTheirEntriesInBulkAndKeepEverythingElse() {
        String token = Api.newUser();
        long account = mainAccount(token);
        Database db = new Database(dataSource);
        long importId = new Previews(dataSource).insert(account, statement(), "100000.00", "2024-12-31");
        Statistics statistics = sessions.getStatistics();

        statistics.clear();
        Api.jsonAs(token).body(Map.of("openingBalance", true)).post("/api/imports/" + importId + "/commit")
                .then().statusCode(200).body("imported", equalTo(ROWS + 1));
        assertThat(statistics.getEntityInsertCount()).isLessThan(20);
        assertThat(db.count("SELECT COUNT(*) FROM entries WHERE import_id = ? AND bank_reference IS NOT NULL",
                importId)).isEqualTo(ROWS);
        verify(token, account).then().statusCode(200).body("ok", equalTo(true))
                .body("entriesChecked", equalTo(ROWS + 1));
        String committed = balance(token, account);

        statistics.clear();
        Api.as(token).delete("/api/imports/" + importId).then().statusCode(200).body("reversed", equalTo(ROWS + 1));
        assertThat(statistics.getEntityInsertCount()).isLessThan(20);
        assertThat(statistics.getEntityUpdateCount()).isLessThan(20);
        assertThat(db.count("SELECT COUNT(*) FROM entries o JOIN entries r ON r.id = o.reversed_by "
                + "AND r.reversal_of = o.id WHERE o.import_id = ?", importId)).isEqualTo(ROWS + 1);
        assertThat(db.count("SELECT COUNT(*) FROM entry_changes c JOIN entries o ON o.id = c.entry_id "
                + "WHERE o.import_id = ? AND c.field = 'reversedBy'", importId)).isEqualTo(ROWS + 1);
        assertThat(committed).isNotEqualTo("0.00");
        assertThat(balance(token, account)).isEqualTo("0.00");
        verify(token, account).then().statusCode(200).body("ok", equalTo(true))
                .body("entriesChecked", equalTo(2 * (ROWS + 1)));
    }

    private static List<Previews.Row> statement() {
        List<Previews.Row> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            String amount = (i % 7 == 0 ? "" : "-") + (1 + i % 50) + "." + String.format("%02d", i % 100);
            rows.add(new Previews.Row("new", LocalDate.of(2025, 1, 1).plusDays(i % 200).toString(), amount,
                    "Payee " + (i % 40), "Card " + i, null, "REF-" + i));
        }
        return rows;
    }
}
