package app.ledger.recurring;

import static app.ledger.recurring.Recurring.body;
import static app.ledger.recurring.Recurring.create;
import static app.ledger.recurring.Recurring.created;
import static app.ledger.recurring.Recurring.every;
import static app.ledger.recurring.Recurring.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecurringResourceTest {

    private static final String FUTURE = LocalDate.now(ZoneOffset.UTC).plusMonths(2).withDayOfMonth(1).toString();

    @Test
    void aRecurringEntryIsCreatedListedReadChangedAndDeleted() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        Map<String, Object> monthly = every("month", 1);
        monthly.put("day", 31);
        Response created = create(token, body(account, "withdrawal", "12.50", monthly, FUTURE));
        created.then().statusCode(201)
                .header("Location", endsWith("/api/recurring/" + created.path("id")))
                .body("accountId", equalTo((int) account))
                .body("type", equalTo("withdrawal"))
                .body("amount", equalTo("12.50"))
                .body("payee", equalTo("Landlord"))
                .body("tags", equalTo(List.of("home")))
                .body("schedule.every", equalTo("month"))
                .body("schedule.interval", equalTo(1))
                .body("schedule.day", equalTo(31))
                .body("schedule.weekday", nullValue())
                .body("startOn", equalTo(FUTURE))
                .body("paused", equalTo(false))
                .body("nextOn", equalTo(LocalDate.parse(FUTURE).withDayOfMonth(
                        LocalDate.parse(FUTURE).lengthOfMonth()).toString()));
        long id = ((Number) created.path("id")).longValue();

        Api.as(token).get("/api/recurring").then().statusCode(200)
                .body("id", equalTo(List.of((int) id)))
                .body("[0].recentOccurrences", nullValue());
        Api.as(token).get("/api/recurring/" + id).then().statusCode(200)
                .body("description", equalTo("Rent"))
                .body("recentOccurrences", hasSize(0));

        patch(token, id, Map.of("amount", "13.00", "description", "Rent, new contract")).then().statusCode(200)
                .body("amount", equalTo("13.00"))
                .body("description", equalTo("Rent, new contract"))
                .body("schedule.day", equalTo(31));

        Api.as(token).post("/api/recurring/" + id + "/pause").then().statusCode(200).body("paused", equalTo(true));
        Api.as(token).post("/api/recurring/" + id + "/resume").then().statusCode(200).body("paused", equalTo(false));

        Api.as(token).delete("/api/recurring/" + id).then().statusCode(204);
        Api.as(token).get("/api/recurring/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/recurring-not-found"));
        Api.as(token).get("/api/recurring").then().body("$", hasSize(0));
    }

    @Test
    void invalidRecurringEntriesAreRefusedFieldByFieldAndNothingIsCreated() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        long yen = Ledger.openAccount(token, "Yen", "JPY");
        String longAgo = LocalDate.now(ZoneOffset.UTC).minusYears(1).minusDays(2).toString();
        refused(token, body(account, "transfer", "1.00", every("month", 1), FUTURE), "type");
        refused(token, body(account, "deposit", "-1", every("month", 1), FUTURE), "amount");
        refused(token, body(account, "deposit", "1e3", every("month", 1), FUTURE), "amount");
        refused(token, body(account, "deposit", "1000000000.01", every("month", 1), FUTURE), "amount");
        refused(token, body(yen, "deposit", "1.50", every("month", 1), FUTURE), "amount");
        refused(token, body(account, "deposit", "1.00", every("fortnight", 1), FUTURE), "schedule.every");
        refused(token, body(account, "deposit", "1.00", every("day", 0), FUTURE), "schedule.interval");
        refused(token, body(account, "deposit", "1.00", null, FUTURE), "schedule");
        refused(token, body(account, "deposit", "1.00", every("month", 1), "2027-02-30"), "startOn");
        refused(token, body(account, "deposit", "1.00", every("month", 1), longAgo), "startOn");
        refused(token, with(body(account, "deposit", "1.00", every("month", 1), FUTURE), b -> {
            b.put("endOn", FUTURE);
            b.put("count", 3);
        }), "count");
        refused(token, with(body(account, "deposit", "1.00", every("month", 1), FUTURE),
                b -> b.put("endOn", LocalDate.parse(FUTURE).minusDays(1).toString())), "endOn");
        Map<String, Object> weeklyWithDay = every("week", 1);
        weeklyWithDay.put("day", 3);
        refused(token, body(account, "deposit", "1.00", weeklyWithDay, FUTURE), "schedule.day");
        Map<String, Object> badWeekday = every("week", 1);
        badWeekday.put("weekday", "someday");
        refused(token, body(account, "deposit", "1.00", badWeekday, FUTURE), "schedule.weekday");
        refused(token, with(body(account, "deposit", "1.00", every("day", 1), FUTURE),
                b -> b.put("description", "x".repeat(501))), "description");
        refused(token, with(body(account, "deposit", "1.00", every("day", 1), FUTURE),
                b -> b.put("payee", "two\nlines")), "payee");
        refused(token, with(body(account, "deposit", "1.00", every("day", 1), FUTURE),
                b -> b.put("tags", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))), "tags");
        refused(token, with(body(account, "deposit", "1.00", every("day", 1), FUTURE),
                b -> b.put("notes", "n".repeat(2001))), "notes");
        refused(token, with(body(account, "deposit", "1.00", every("day", 1), FUTURE),
                b -> b.put("categoryId", 999_999)), "categoryId");

        Api.as(token).get("/api/recurring").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aRefusedChangeChangesNothing() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        long id = created(token, body(account, "deposit", "5.00", every("week", 1), FUTURE));
        String before = Api.as(token).get("/api/recurring/" + id).asString();

        patch(token, id, Map.of("amount", "5.001")).then().statusCode(400)
                .body("errors.field", hasItem("amount"));
        patch(token, id, Map.of("accountId", account)).then().statusCode(400)
                .body("errors.field", hasItem("accountId"));
        patch(token, id, Map.of("schedule", Map.of("every", "month", "weekday", "monday"))).then().statusCode(400)
                .body("errors.field", hasItem("schedule.weekday"));
        patch(token, id, Map.of("amount", "6.00", "count", 0)).then().statusCode(400)
                .body("errors.field", hasItem("count"));

        assertThat(Api.as(token).get("/api/recurring/" + id).asString()).isEqualTo(before);
    }

    @Test
    void anotherUsersAccountAndRecurringEntriesAreNotFound() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        long alicesAccount = Ledger.mainAccount(alice);
        long id = created(alice, body(alicesAccount, "deposit", "5.00", every("day", 1), FUTURE));

        create(bob, body(alicesAccount, "deposit", "5.00", every("day", 1), FUTURE)).then().statusCode(404)
                .body("type", equalTo("/problems/account-not-found"));
        Api.as(bob).get("/api/recurring/" + id).then().statusCode(404);
        patch(bob, id, Map.of("amount", "1.00")).then().statusCode(404);
        Api.as(bob).post("/api/recurring/" + id + "/pause").then().statusCode(404);
        Api.as(bob).post("/api/recurring/" + id + "/resume").then().statusCode(404);
        Api.as(bob).get("/api/recurring/" + id + "/upcoming").then().statusCode(404);
        Api.as(bob).delete("/api/recurring/" + id).then().statusCode(404);
        Api.as(bob).get("/api/recurring").then().body("$", hasSize(0));

        Api.as(alice).get("/api/recurring/" + id).then().statusCode(200)
                .body("amount", equalTo("5.00")).body("paused", equalTo(false));
    }

    @Test
    void aUserHasAtMostTheConfiguredNumberOfRecurringEntries() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        for (int i = 0; i < 5; i++) {
            created(token, body(account, "deposit", "1.00", every("day", 1), FUTURE));
        }
        create(token, body(account, "deposit", "1.00", every("day", 1), FUTURE)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-recurring"))
                .body("detail", containsString("5"));
        Api.as(token).get("/api/recurring").then().body("$", hasSize(5));
    }

    @Test
    void upcomingDatesFollowTheCalendar() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        Map<String, Object> on31 = every("month", 1);
        on31.put("day", 31);
        long monthly = created(token, body(account, "deposit", "1.00", on31, "2028-01-31"));
        assertThat(upcoming(token, monthly, 6)).containsExactly("2028-01-31", "2028-02-29", "2028-03-31",
                "2028-04-30", "2028-05-31", "2028-06-30");

        long yearly = created(token, body(account, "deposit", "1.00", every("year", 1), "2028-02-29"));
        assertThat(upcoming(token, yearly, 5)).containsExactly("2028-02-29", "2029-02-28", "2030-02-28",
                "2031-02-28", "2032-02-29");

        Map<String, Object> fridays = every("week", 2);
        fridays.put("weekday", "friday");
        long weekly = created(token, with(body(account, "deposit", "1.00", fridays, "2028-01-03"),
                b -> b.put("count", 3)));
        assertThat(upcoming(token, weekly, 10)).containsExactly("2028-01-07", "2028-01-21", "2028-02-04");

        long daily = created(token, with(body(account, "deposit", "1.00", every("day", 1), "2028-03-01"),
                b -> b.put("endOn", "2028-03-02")));
        assertThat(upcoming(token, daily, 10)).containsExactly("2028-03-01", "2028-03-02");

        Api.as(token).get("/api/recurring/" + daily + "/upcoming?count=101").then().statusCode(400)
                .body("errors[0].field", equalTo("count"));
        Api.as(token).get("/api/recurring/" + daily + "/upcoming?count=zero").then().statusCode(400);
        assertThat(Api.as(token).get("/api/recurring/" + monthly + "/upcoming").then().statusCode(200)
                .extract().jsonPath().getList("dates")).hasSize(10);
    }

    @Test
    void changingTheScheduleChangesTheUpcomingDates() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        long id = created(token, body(account, "deposit", "1.00", every("day", 1), "2028-03-01"));
        Map<String, Object> on15 = every("month", 1);
        on15.put("day", 15);
        patch(token, id, Map.of("schedule", on15, "count", 2)).then().statusCode(200)
                .body("schedule.every", equalTo("month"))
                .body("count", equalTo(2))
                .body("nextOn", equalTo("2028-03-15"));
        assertThat(upcoming(token, id, 5)).containsExactly("2028-03-15", "2028-04-15");
        patch(token, id, Map.of("endOn", "2028-05-31")).then().statusCode(200)
                .body("count", nullValue()).body("endOn", equalTo("2028-05-31"));
        assertThat(upcoming(token, id, 5)).containsExactly("2028-03-15", "2028-04-15", "2028-05-15");
    }

    @Test
    void aClientCannotSendTheIdempotencyKeyOfAnOccurrence() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        long id = created(token, body(account, "deposit", "5.00", every("day", 1), FUTURE));
        String occurrence = new OccurrenceKey(id, LocalDate.parse(FUTURE)).text();

        Ledger.post(token, account, "deposits", Map.of("amount", "5.00"), occurrence).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(Ledger.balance(token, account)).isEqualTo("0.00");
    }

    private static List<String> upcoming(String token, long id, int count) {
        return Api.as(token).get("/api/recurring/" + id + "/upcoming?count=" + count).then().statusCode(200)
                .extract().jsonPath().getList("dates");
    }

    private static void refused(String token, Map<String, Object> body, String field) {
        create(token, body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors.field", hasItem(field));
    }

    private static Map<String, Object> with(Map<String, Object> body, Consumer<Map<String, Object>> change) {
        Map<String, Object> copy = new HashMap<>(body);
        change.accept(copy);
        return copy;
    }
}
