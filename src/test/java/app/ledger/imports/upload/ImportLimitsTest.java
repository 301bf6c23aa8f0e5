package app.ledger.imports.upload;

import static app.ledger.imports.ImportCalls.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.imports.ImportCalls;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import app.ledger.support.RawHttp;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files over ledger.import.max-bytes or max-rows are refused with 413 and nothing is stored. */
@QuarkusTest
@TestProfile(ImportLimitsTest.SmallLimits.class)
class ImportLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ledger.import.max-bytes", "4K", "ledger.import.max-rows", "3");
        }
    }

    private static final String MAPPING = "{\"dateColumn\":0,\"dateFormat\":\"yyyy-MM-dd\",\"payeeColumn\":1,"
            + "\"amountColumn\":2}";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFileOverTheByteLimitIsTooLargeRawOrInAForm() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        byte[] large = text("Date,Payee,Amount\n" + "2026-01-01,Someone,-1.00\n".repeat(200));
        ImportCalls.preview(token, account, large, "big.csv", Map.of("mapping", MAPPING)).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/import-too-large"))
                .body("limit", equalTo("max-bytes"));
        ImportCalls.previewMultipart(token, account, large, "big.csv", Map.of("mapping", MAPPING)).then()
                .statusCode(413)
                .body("limit", equalTo("max-bytes"));
        ImportCalls.inspect(token, large, "big.csv", Map.of()).then().statusCode(413);
        assertThat(imports(account)).isZero();
    }

    @Test
    void aChunkedBodyIsCutOffOnceItPassesTheLimit() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        try (RawHttp http = RawHttp.connect()) {
            http.send("POST /api/accounts/" + account + "/imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: text/csv\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            String chunk = "x".repeat(1000);
            for (int i = 0; i < 5; i++) {
                http.send(Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            }
            // the last chunk is never sent: the answer comes once the limit is passed
            RawHttp.Answer answer = http.answerWithin(Duration.ofSeconds(5));
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body()).contains("/problems/import-too-large");
        }
        assertThat(imports(account)).isZero();
    }

    @Test
    void aFileWithMoreRowsThanAllowedIsTooLarge() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        byte[] fourRows = text("Date,Payee,Amount\n" + "2026-01-01,Someone,-1.00\n".repeat(4));
        ImportCalls.preview(token, account, fourRows, "rows.csv", Map.of("mapping", MAPPING)).then()
                .statusCode(413)
                .body("type", equalTo("/problems/import-too-large"))
                .body("limit", equalTo("max-rows"))
                .body("max", equalTo(3));
        byte[] threeRows = text("Date,Payee,Amount\n" + "2026-01-01,Someone,-1.00\n".repeat(3));
        ImportCalls.preview(token, account, threeRows, "rows.csv", Map.of("mapping", MAPPING)).then()
                .statusCode(201);
        assertThat(imports(account)).isEqualTo(1);
    }

    private long imports(long account) {
        return new Database(dataSource).count("SELECT COUNT(*) FROM imports WHERE account_id = ?", account);
    }
}
