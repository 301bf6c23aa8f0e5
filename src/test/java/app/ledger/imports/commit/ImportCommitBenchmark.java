package app.ledger.imports.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures a commit and an undo of big imports through HTTP, on the database of the build. Run on purpose:
 * {@code -Dtest=ImportCommitBenchmark -Dbench.import.rows=10000,100000}; prints rows per second.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.import.rows", matches = ".+")
class ImportCommitBenchmark {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void commitAndUndoBigImports() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        Api.jsonAs(token).body(Map.of("name", "Groceries", "kind", "expense")).post("/api/categories").then()
                .statusCode(201);
        Previews previews = new Previews(dataSource);
        for (String size : System.getProperty("bench.import.rows").split(",")) {
            int rows = Integer.parseInt(size.trim());
            long importId = previews.insert(account, statement(rows), "9000000.00", "2024-12-31");

            long started = System.nanoTime();
            Api.jsonAs(token).body(Map.of("openingBalance", true)).post("/api/imports/" + importId + "/commit")
                    .then().statusCode(200).body("imported", equalTo(rows + 1));
            double commit = (System.nanoTime() - started) / 1e9;

            started = System.nanoTime();
            Api.as(token).get("/api/accounts/" + account + "/verify").then().statusCode(200).body("ok", equalTo(true));
            double verify = (System.nanoTime() - started) / 1e9;

            started = System.nanoTime();
            Api.as(token).delete("/api/imports/" + importId).then().statusCode(200)
                    .body("reversed", equalTo(rows + 1));
            double undo = (System.nanoTime() - started) / 1e9;
            assertThat(Ledger.balance(token, account)).isEqualTo("0.00");
            System.out.printf("IMPORT-BENCH rows=%d commit=%.2fs (%.0f rows/s) undo=%.2fs (%.0f rows/s) "
                    + "verify=%.2fs%n", rows, commit, rows / commit, undo, rows / undo, verify);
        }
    }

    /** A statement with a payee from 300, a category on a third of the rows, over a year and a half. */
    private static List<Previews.Row> statement(int rows) {
        List<Previews.Row> statement = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String day = FIRST.plusDays(i % 540).toString();
            boolean in = i % 10 == 0;
            String amount = (in ? "" : "-") + (1 + i % 97) + "." + String.format("%02d", i % 100);
            Previews.Row row = new Previews.Row("new", day, amount, "Payee " + (i % 300), "Card " + i,
                    i % 3 == 0 ? "groceries" : null, "REF-" + i);
            statement.add(row);
        }
        return statement;
    }
}
