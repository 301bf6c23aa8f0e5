package app.ledger.imports.preview;

import static app.ledger.imports.ImportCalls.preview;
import static app.ledger.imports.ImportCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A preview of 10,000 CSV rows against an account with entries in the same days: read, judged, stored and
 * answered well within the second (the bound here leaves room for a busy test machine).
 */
@QuarkusTest
class ImportPreviewSpeedTest {

    private static final int ROWS = 10_000;
    private static final String MAPPING = "{\"dateColumn\":0,\"dateFormat\":\"yyyy-MM-dd\",\"payeeColumn\":1,"
            + "\"descriptionColumns\":[2],\"amountColumn\":3,\"referenceColumn\":4}";

    @Test
    void tenThousandRowsArePreviewedInWellUnderTwoSeconds() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Busy", "EUR");
        LocalDate start = LocalDate.of(2026, 1, 1);
        Ledger.post(token, account, "deposits", Map.of("amount", "100000.00", "occurredOn", "2025-12-31",
                "payee", "Savings"), null).then().statusCode(201);
        for (int i = 0; i < 100; i++) {
            Ledger.post(token, account, "withdrawals", Map.of("amount", amount(i * 97), "occurredOn",
                    start.plusDays(i).toString(), "payee", "Payee " + (i * 97 % 50)), null).then().statusCode(201);
        }
        StringBuilder csv = new StringBuilder("Date,Payee,Text,Amount,Id\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(start.plusDays(i / 100)).append(",Payee ").append(i % 50).append(",Card payment ").append(i)
                    .append(",-").append(amount(i)).append(",T").append(i).append('\n');
        }
        byte[] file = text(csv.toString());
        preview(token, account, file, "warm-up.csv", Map.of("mapping", MAPPING)).then().statusCode(201);
        long best = Long.MAX_VALUE;
        JsonPath last = null;
        for (int run = 0; run < 3; run++) {
            long began = System.nanoTime();
            var response = preview(token, account, file, "year.csv", Map.of("mapping", MAPPING));
            long millis = (System.nanoTime() - began) / 1_000_000;
            response.then().statusCode(201);
            last = response.jsonPath();
            best = Math.min(best, millis);
            System.out.printf("Preview of %d CSV rows: %d ms%n", ROWS, millis);
        }
        assertThat(last.getInt("counts.rows")).isEqualTo(ROWS);
        assertThat(last.getList("rows")).hasSize(ROWS);
        assertThat(last.getInt("counts.duplicate")).isEqualTo(100);
        assertThat(best).isLessThan(2000);
    }

    private static String amount(int i) {
        return (1 + i % 300) + "." + String.format("%02d", i % 100);
    }
}
