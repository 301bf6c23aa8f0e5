package app.ledger.report;

import static app.ledger.support.Ledger.openAccount;
import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.journal.posting.EntryClock;
import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An entry recorded without a day takes today in its user's time zone, and the reports put it into that
 * day's period. Each instant below lies on one side of a period boundary in UTC and on the other in the
 * user's zone; the daylight saving cases would land in the wrong month with the zone's winter offset.
 */
@QuarkusTest
class ReportTimeZoneTest {

    /** Records every entry at one chosen instant (a microsecond apart, as the real clock would). */
    static final class FixedEntryClock extends EntryClock {

        private Instant next;

        FixedEntryClock(Instant at) {
            this.next = at;
        }

        @Override
        public synchronized Instant next() {
            Instant now = next;
            next = next.plusNanos(1_000);
            return now;
        }
    }

    private static String userIn(String zone, String locale) {
        String token = Api.newUser();
        Api.jsonAs(token).body(Map.of("timeZone", zone, "locale", locale)).patch("/api/me").then().statusCode(200);
        return token;
    }

    /** Deposits 100.00 and withdraws {@code amount} at {@code at}, neither with a day; the withdrawal's day. */
    private static String withdrawAt(String token, long account, String at, String amount) {
        QuarkusMock.installMockForType(new FixedEntryClock(Instant.parse(at)), EntryClock.class);
        Ledger.post(token, account, "deposits", Map.of("amount", "100.00"), null).then().statusCode(201);
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        return Ledger.post(token, account, "withdrawals", body, null).then().statusCode(201).extract()
                .path("entry.occurredOn");
    }

    private static JsonPath report(String token, String path) {
        return Api.as(token).get("/api/reports/" + path).then().statusCode(200).extract().jsonPath();
    }

    private static void assertMonthlySpending(String token, String... totals) {
        JsonPath spending = report(token, "spending?from=2026-01-01&to=2026-04-30&interval=month");
        assertThat(spending.getList("currencies[0].totals")).containsExactly((Object[]) totals);
        JsonPath flows = report(token, "income-expense?from=2026-01-01&to=2026-04-30&interval=month");
        assertThat(flows.getList("currencies[0].expense")).containsExactly((Object[]) totals);
    }

    @Test
    void lateOnTheLastDayOfJanuaryInBerlinIsJanuaryThoughUtcIsStillJanuaryToo() {
        String token = userIn("Europe/Berlin", "de-DE");
        long account = openAccount(token, "Girokonto", "EUR");
        assertThat(withdrawAt(token, account, "2026-01-31T22:30:00Z", "7.00")).isEqualTo("2026-01-31");
        assertMonthlySpending(token, "7.00", "0.00", "0.00", "0.00");
    }

    @Test
    void lateOnTheLastDayOfJanuaryInLosAngelesIsJanuaryThoughUtcIsAlreadyFebruary() {
        String token = userIn("America/Los_Angeles", "en-US");
        long account = openAccount(token, "Checking", "USD");
        assertThat(withdrawAt(token, account, "2026-02-01T07:30:00Z", "7.00")).isEqualTo("2026-01-31");
        assertMonthlySpending(token, "7.00", "0.00", "0.00", "0.00");
    }

    @Test
    void justAfterMidnightOnTheFirstOfFebruaryInKolkataIsFebruaryThoughUtcIsStillJanuary() {
        String token = userIn("Asia/Kolkata", "en-IN");
        long account = openAccount(token, "Savings", "INR");
        assertThat(withdrawAt(token, account, "2026-01-31T18:45:00Z", "7.00")).isEqualTo("2026-02-01");
        assertMonthlySpending(token, "0.00", "7.00", "0.00", "0.00");
    }

    @Test
    void afterTheSpringChangeOfTheClocksBerlinIsTwoHoursAheadAtTheEndOfMarch() {
        String token = userIn("Europe/Berlin", "de-DE");
        long account = openAccount(token, "Girokonto", "EUR");
        // 00:30 on 1 April in summer time; with the winter offset it would still be 23:30 on 31 March.
        assertThat(withdrawAt(token, account, "2026-03-31T22:30:00Z", "7.00")).isEqualTo("2026-04-01");
        assertMonthlySpending(token, "0.00", "0.00", "0.00", "7.00");
    }

    @Test
    void afterTheSpringChangeOfTheClocksLosAngelesIsSevenHoursBehindAtTheEndOfMarch() {
        String token = userIn("America/Los_Angeles", "en-US");
        long account = openAccount(token, "Checking", "USD");
        // 00:30 on 1 April in daylight time; with the standard offset it would be 23:30 on 31 March.
        assertThat(withdrawAt(token, account, "2026-04-01T07:30:00Z", "7.00")).isEqualTo("2026-04-01");
        assertMonthlySpending(token, "0.00", "0.00", "0.00", "7.00");
    }

    @Test
    void aWeekThatContainsTheChangeOfTheClocksEndsAtMidnightOfItsSunday() {
        String token = userIn("Europe/Berlin", "de-DE");
        long account = openAccount(token, "Girokonto", "EUR");
        // Clocks went forward on Sunday 29 March 2026; 22:30 UTC that day is 00:30 on Monday 30 March.
        assertThat(withdrawAt(token, account, "2026-03-29T21:30:00Z", "3.00")).isEqualTo("2026-03-29");
        assertThat(withdrawAt(token, account, "2026-03-29T22:30:00Z", "4.00")).isEqualTo("2026-03-30");
        JsonPath weeks = report(token, "spending?from=2026-03-23&to=2026-04-05&interval=week");
        assertThat(weeks.getList("periods.start")).containsExactly("2026-03-23", "2026-03-30");
        assertThat(weeks.getList("currencies[0].totals")).containsExactly("3.00", "4.00");
    }
}
