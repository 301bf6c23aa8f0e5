package app.ledger.journal.posting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import app.ledger.support.SseClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerMetricsTest {

    private static double metric(String line) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^" + Pattern.quote(line) + " ([0-9.E]+)$", Pattern.MULTILINE).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void ledgerWritesRefusalsAndOpenStreamsAreCounted() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        double deposits = metric("ledger_writes_total{kind=\"deposit\"}");
        double refusals = metric("ledger_refusals_total{reason=\"insufficient-funds\"}");

        Api.jsonAs(token).body(Map.of("amount", "2.00")).post("/api/accounts/" + account + "/deposits")
                .then().statusCode(201);
        Api.jsonAs(token).body(Map.of("amount", "9.00")).post("/api/accounts/" + account + "/withdrawals")
                .then().statusCode(409);

        assertThat(metric("ledger_writes_total{kind=\"deposit\"}")).isEqualTo(deposits + 1);
        assertThat(metric("ledger_refusals_total{reason=\"insufficient-funds\"}")).isEqualTo(refusals + 1);
        try (SseClient stream = SseClient.open(token, null)) {
            org.awaitility.Awaitility.await().until(() -> metric("ledger_live_streams") >= 1);
        }
    }
}
