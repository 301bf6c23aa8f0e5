package app.ledger.journal.history;

import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.withdraw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BalanceSeriesTest {

    private static final Instant JAN_1 = Instant.parse("2025-01-01T12:00:00Z");
    private static final long DAY_MICROS = 86_400_000_000L;

    @Inject
    AgroalDataSource dataSource;

    private static JsonPath series(String token, long account, String query) {
        return Api.as(token).get("/api/accounts/" + account + "/balance-series" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Thirty deposits of 1.00, 2.00 … 30.00, moved to noon of January 1st, 2nd … 30th, 2025. */
    private long thirtyDaysOfDeposits(String token) {
        long account = mainAccount(token);
        for (int day = 1; day <= 30; day++) {
            deposit(token, account, day + ".00").then().statusCode(201);
        }
        Database db = new Database(dataSource);
        for (int day = 1; day <= 30; day++) {
            db.update("UPDATE entries SET created_at = ? WHERE account_id = ? AND seq = ?",
                    InstantMicrosConverter.toMicros(JAN_1) + (day - 1) * DAY_MICROS, account, day);
        }
        return account;
    }

    /** 1 + 2 + … + n */
    private static String sumTo(int n) {
        return n * (n + 1) / 2 + ".00";
    }

    @Test
    void anAccountWithoutEntriesIsFlatAtZeroFromItsOpeningUntilNow() {
        String token = Api.newUser();
        long account = mainAccount(token);
        Instant before = Instant.now();
        JsonPath series = series(token, account, "");
        String opened = Api.as(token).get("/api/accounts/" + account).then().extract().path("createdAt");
        assertThat(series.getString("from")).isEqualTo(opened);
        assertThat(Instant.parse(series.getString("to"))).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(series.getString("currency")).isEqualTo("USD");
        assertThat(series.getList("points.balance")).containsExactly("0.00", "0.00");
        assertThat(series.getList("points.at")).containsExactly(series.getString("from"), series.getString("to"));
    }

    @Test
    void whenTheEntriesFitEachOneIsAPointWithItsTimeAndBalanceAfter() {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "10.00").then().statusCode(201);
        deposit(token, account, "20.00").then().statusCode(201);
        withdraw(token, account, "5.50").then().statusCode(201);
        List<String> times = new ArrayList<>(Api.as(token).get("/api/accounts/" + account + "/transactions")
                .then().extract().jsonPath().getList("items.createdAt"));
        Collections.reverse(times);

        JsonPath series = series(token, account, "");
        assertThat(series.getBoolean("sampled")).isFalse();
        assertThat(series.getList("points.balance")).containsExactly("0.00", "10.00", "30.00", "24.50", "24.50");
        assertThat(series.getList("points.at").subList(1, 4)).containsExactlyElementsOf(times);
    }

    @Test
    void aLongRangeIsCutIntoBucketsEachEndingWithTheLastBalanceInIt() {
        String token = Api.newUser();
        long account = thirtyDaysOfDeposits(token);
        // Ten entries (January 10th to 19th) in five buckets of two days: too many for six points.
        JsonPath series = series(token, account, "?from=2025-01-10T00:00:00Z&to=2025-01-20T00:00:00Z&points=6");
        assertThat(series.getBoolean("sampled")).isTrue();
        assertThat(series.getList("points.at")).containsExactly("2025-01-10T00:00:00Z", "2025-01-12T00:00:00Z",
                "2025-01-14T00:00:00Z", "2025-01-16T00:00:00Z", "2025-01-18T00:00:00Z", "2025-01-20T00:00:00Z");
        // The first point is what the entries before the range left: 1 + … + 9.
        assertThat(series.getList("points.balance")).containsExactly(sumTo(9), sumTo(11), sumTo(13), sumTo(15),
                sumTo(17), sumTo(19));
    }

    @Test
    void theSameRangeWithRoomForEveryEntryListsThemAll() {
        String token = Api.newUser();
        long account = thirtyDaysOfDeposits(token);
        JsonPath series = series(token, account, "?from=2025-01-10T00:00:00Z&to=2025-01-20T00:00:00Z&points=12");
        assertThat(series.getBoolean("sampled")).isFalse();
        assertThat(series.getList("points.at")).hasSize(12).startsWith("2025-01-10T00:00:00Z", "2025-01-10T12:00:00Z")
                .endsWith("2025-01-19T12:00:00Z", "2025-01-20T00:00:00Z");
        assertThat(series.getList("points.balance")).startsWith(sumTo(9), sumTo(10)).endsWith(sumTo(19), sumTo(19));
    }

    @Test
    void withoutFromTheSeriesStartsAtZeroAtTheFirstEntryAndWithoutToItEndsNow() {
        String token = Api.newUser();
        long account = thirtyDaysOfDeposits(token);
        JsonPath series = series(token, account, "?points=4");
        assertThat(series.getString("from")).isEqualTo("2025-01-01T12:00:00Z");
        List<String> balances = series.getList("points.balance");
        assertThat(balances).hasSize(4).startsWith("0.00").endsWith(sumTo(30));
        assertThat(Instant.parse(series.getString("to"))).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void aSeriesNeverHasMoreThanTheRequestedPoints() {
        String token = Api.newUser();
        long account = thirtyDaysOfDeposits(token);
        for (int points = 2; points <= 33; points++) {
            JsonPath series = series(token, account, "?points=" + points);
            assertThat(series.getList("points")).as("points=%d", points).hasSizeLessThanOrEqualTo(points);
            assertThat(series.getList("points.balance")).as("points=%d", points).last().isEqualTo(sumTo(30));
        }
    }

    @Test
    void pointsAndTimesAreChecked() {
        String token = Api.newUser();
        long account = mainAccount(token);
        String url = "/api/accounts/" + account + "/balance-series";
        for (Map.Entry<String, String> bad : Map.of(
                "?points=1", "points", "?points=1001", "points", "?points=many", "points",
                "?from=yesterday", "from", "?to=2025-13-01T00:00:00Z", "to",
                "?from=2025-01-02T00:00:00Z&to=2025-01-01T00:00:00Z", "to",
                "?from=1000-01-01T00:00:00Z", "from", "?to=3025-01-01T00:00:00Z", "to",
                "?from=2190-01-01T00:00:00Z", "from").entrySet()) {
            Api.as(token).get(url + bad.getKey()).then().statusCode(400)
                    .body("type", equalTo("/problems/invalid-input"))
                    .body("errors[0].field", equalTo(bad.getValue()));
        }
        Api.as(token).get(url + "?points=1000").then().statusCode(200);
    }

    @Test
    void anotherUsersAccountIsNotFoundAndNobodyElseGetsIn() {
        String owner = Api.newUser();
        long account = mainAccount(owner);
        deposit(owner, account, "10.00").then().statusCode(201);
        Api.as(Api.newUser()).get("/api/accounts/" + account + "/balance-series").then().statusCode(404)
                .body("type", equalTo("/problems/account-not-found"));
        io.restassured.RestAssured.given().get("/api/accounts/" + account + "/balance-series").then().statusCode(401);
    }

    @Test
    void eachPointIsOneSeekOnTheTimeIndex() {
        assumeFalse(TestDatabase.isPostgres(), "the plan is SQLite's; PostgreSQL picks by table statistics");
        List<Map<String, Object>> plan = new Database(dataSource).rows("EXPLAIN QUERY PLAN "
                + "SELECT e.balance_after_minor FROM entries e WHERE e.account_id = ? AND e.created_at <= ? "
                + "ORDER BY e.created_at DESC, e.seq DESC LIMIT 1", 1, 1);
        assertThat(plan.toString()).contains("USING INDEX entries_account_time_idx").doesNotContain("TEMP B-TREE");
    }
}
