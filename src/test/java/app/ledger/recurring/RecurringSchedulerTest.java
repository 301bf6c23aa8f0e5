package app.ledger.recurring;

import static app.ledger.recurring.Recurring.body;
import static app.ledger.recurring.Recurring.created;
import static app.ledger.recurring.Recurring.every;
import static app.ledger.recurring.Recurring.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.ledger.journal.EntryType;
import app.ledger.journal.posting.EntryDetails;
import app.ledger.journal.posting.LedgerCommand;
import app.ledger.journal.posting.LedgerWriter;
import app.ledger.live.LiveHub;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import app.ledger.support.SseClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduler driven by a clock the test moves: no test waits for a day to pass. */
@QuarkusTest
class RecurringSchedulerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Noon UTC today: days are added to it. Dates stay within the year ahead that entries may carry. */
    private static final Instant TODAY_NOON = LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC);

    @Inject
    RecurringScheduler scheduler;

    @Inject
    RecurringClock clock;

    @Inject
    LiveHub hub;

    @Inject
    LedgerWriter writer;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void realTime() {
        ((SettableRecurringClock) clock).reset();
    }

    private void at(Instant instant) {
        ((SettableRecurringClock) clock).set(instant);
    }

    private RecurringScheduler.Run run() {
        return scheduler.runNow().await().atMost(Duration.ofSeconds(60));
    }

    private static LocalDate day(int fromToday) {
        return LocalDate.ofInstant(TODAY_NOON, ZoneOffset.UTC).plusDays(fromToday);
    }

    @Test
    void todaysAndMissedOccurrencesArePostedOnTheirDatesExactlyOnce() {
        at(TODAY_NOON);
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        Ledger.deposit(token, account, "100.00").then().statusCode(201);
        long id = created(token, body(account, "withdrawal", "10.00", every("day", 1), day(-2).toString()));

        run();
        assertThat(recurringDates(token, account)).containsExactly(day(-2), day(-1), day(0));
        run();
        assertThat(recurringDates(token, account)).hasSize(3);

        // days pass while the service is down: the run at start catches up
        at(TODAY_NOON.plus(Duration.ofDays(2)));
        run();
        assertThat(recurringDates(token, account)).containsExactly(day(-2), day(-1), day(0), day(1), day(2));
        assertThat(Ledger.balance(token, account)).isEqualTo("50.00");

        // as if an instance had posted the occurrences but stopped before moving the schedule on
        Database db = new Database(dataSource);
        db.update("UPDATE recurring_schedules SET next_on = ? WHERE id = ?", day(-2).toEpochDay(), id);
        RecurringScheduler.Run again = run();
        assertThat(again.posted()).isZero();
        assertThat(recurringDates(token, account)).hasSize(5);

        JsonPath view = Api.as(token).get("/api/recurring/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("recentOccurrences.occursOn")).containsExactly(day(2).toString(), day(1).toString(),
                day(0).toString(), day(-1).toString(), day(-2).toString());
        assertThat(view.getList("recentOccurrences.status")).containsOnly("posted");
        assertThat(view.getList("recentOccurrences.entryId", Long.class)).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(view.getString("nextOn")).isEqualTo(day(3).toString());
    }

    @Test
    void anOccurrenceThatWouldOverdrawIsRecordedAsFailedOnceAndSentLive() throws Exception {
        at(TODAY_NOON);
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        Ledger.deposit(token, account, "5.00").then().statusCode(201);
        long id = created(token, body(account, "withdrawal", "10.00", every("day", 1), day(0).toString()));

        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            assertThat(run().failed()).isEqualTo(1);
            SseClient.Event event = nextNamed(stream, "recurring-failed");
            assertThat(event.id()).isNull();
            JsonPath data = JsonPath.from(event.data());
            assertThat(data.getLong("recurringId")).isEqualTo(id);
            assertThat(data.getString("occursOn")).isEqualTo(day(0).toString());
            assertThat(data.getLong("accountId")).isEqualTo(account);
            assertThat(data.getString("amount")).isEqualTo("10.00");
            assertThat(data.getString("type")).isEqualTo("withdrawal");
            assertThat(data.getString("problem")).isEqualTo("/problems/insufficient-funds");
            assertThat(data.getString("reason")).isEqualTo("The balance of 5.00 USD does not cover 10.00 USD.");

            // not tried again, not even by a run that finds the schedule where it was
            Ledger.deposit(token, account, "100.00").then().statusCode(201);
            new Database(dataSource).update("UPDATE recurring_schedules SET next_on = ? WHERE id = ?",
                    day(0).toEpochDay(), id);
            RecurringScheduler.Run again = run();
            assertThat(again.failed()).isZero();
            assertThat(again.posted()).isZero();
        }
        assertThat(recurringDates(token, account)).isEmpty();
        assertThat(Ledger.balance(token, account)).isEqualTo("105.00");
        JsonPath view = Api.as(token).get("/api/recurring/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("recentOccurrences.status")).containsExactly("failed");
        assertThat(view.getString("recentOccurrences[0].reason")).contains("5.00 USD");
        assertThat(view.getString("recentOccurrences[0].entryId")).isNull();

        // the next day's occurrence is posted as usual
        at(TODAY_NOON.plus(Duration.ofDays(1)));
        assertThat(run().posted()).isEqualTo(1);
        assertThat(recurringDates(token, account)).containsExactly(day(1));
    }

    @Test
    void eachUserGetsOccurrencesOnTheirOwnCalendarDate() {
        // 10:30 UTC: already tomorrow in Kiritimati (UTC+14), still today in Los Angeles (UTC-8 or -7)
        Instant morningUtc = LocalDate.ofInstant(TODAY_NOON, ZoneOffset.UTC).atTime(10, 30).toInstant(ZoneOffset.UTC);
        at(morningUtc);
        String kiritimati = Recurring.userIn("Pacific/Kiritimati");
        String losAngeles = Recurring.userIn("America/Los_Angeles");
        LocalDate tomorrow = day(1);
        long k = Ledger.mainAccount(kiritimati);
        long la = Ledger.mainAccount(losAngeles);
        created(kiritimati, body(k, "deposit", "1.00", every("day", 1), tomorrow.toString()));
        created(losAngeles, body(la, "deposit", "1.00", every("day", 1), tomorrow.toString()));

        run();
        assertThat(recurringDates(kiritimati, k)).containsExactly(tomorrow);
        assertThat(recurringDates(losAngeles, la)).isEmpty();

        // 08:30 UTC tomorrow is past midnight in Los Angeles, and still tomorrow (22:30) in Kiritimati
        at(morningUtc.plus(Duration.ofHours(22)));
        run();
        assertThat(recurringDates(losAngeles, la)).containsExactly(tomorrow);
        assertThat(recurringDates(kiritimati, k)).containsExactly(tomorrow);
    }

    @Test
    void anEditChangesLaterOccurrencesOnlyAndDeletingKeepsWhatWasPosted() {
        at(TODAY_NOON);
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        long id = created(token, body(account, "deposit", "10.00", every("day", 1), day(0).toString()));
        run();
        patch(token, id, Map.of("amount", "20.00", "description", "Raised")).then().statusCode(200);
        at(TODAY_NOON.plus(Duration.ofDays(1)));
        run();
        List<Map<String, Object>> items = history(token, account);
        assertThat(items).extracting(item -> item.get("amount") + " " + item.get("description"))
                .containsExactly("20.00 Raised", "10.00 Rent");

        Api.as(token).delete("/api/recurring/" + id).then().statusCode(204);
        at(TODAY_NOON.plus(Duration.ofDays(3)));
        run();
        assertThat(history(token, account)).hasSize(2);
        assertThat(Ledger.balance(token, account)).isEqualTo("30.00");
    }

    @Test
    void aPausedScheduleSkipsItsDatesAndResumesFromToday() {
        at(TODAY_NOON);
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        long id = created(token, body(account, "deposit", "1.00", every("day", 1), day(0).toString()));
        Api.as(token).post("/api/recurring/" + id + "/pause").then().statusCode(200);
        at(TODAY_NOON.plus(Duration.ofDays(2)));
        run();
        assertThat(recurringDates(token, account)).isEmpty();
        assertThat(Api.as(token).get("/api/recurring/" + id + "/upcoming?count=2").then().statusCode(200)
                .extract().jsonPath().getList("dates")).containsExactly(day(2).toString(), day(3).toString());
        Api.as(token).post("/api/recurring/" + id + "/resume").then().statusCode(200);
        run();
        assertThat(recurringDates(token, account)).containsExactly(day(2));
    }

    @Test
    void aSecondWriteOfAnOccurrenceIsRolledBackEvenAfterItsIdempotencyKeyExpired() {
        at(TODAY_NOON);
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        long id = created(token, body(account, "deposit", "10.00", every("day", 1), day(0).toString()));
        run();
        Database db = new Database(dataSource);
        long userId = ((Number) Api.as(token).get("/api/me").path("id")).longValue();
        // 24 hours later the key's record is pruned: only the occurrence's row can refuse a second entry
        assertThat(db.update("DELETE FROM idempotency_records WHERE user_id = ?", userId)).isEqualTo(1);

        OccurrenceKey key = new OccurrenceKey(id, day(0));
        LedgerCommand.Posting again = new LedgerCommand.Posting(userId, account, EntryType.DEPOSIT, "10.00",
                new EntryDetails(day(0), "Rent", null, null, List.of(), null), key.text(), "same occurrence");
        assertThatThrownBy(() -> writer.submit(again).await().atMost(Duration.ofSeconds(10)))
                .isInstanceOf(OccurrenceAlreadyHandledException.class);
        assertThat(recurringDates(token, account)).containsExactly(day(0));
        assertThat(Ledger.balance(token, account)).isEqualTo("10.00");
        assertThat(Ledger.verify(token, account).path("ok").equals(true)).isTrue();
    }

    @Test
    void runsRacingEachOtherPostEachOccurrenceOnce() {
        at(TODAY_NOON);
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        created(token, body(account, "deposit", "1.00", every("day", 1), day(-39).toString()));
        created(token, body(account, "deposit", "2.00", every("week", 1), day(-39).toString()));

        List<CompletableFuture<RecurringScheduler.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(scheduler.runNow().subscribeAsCompletionStage());
        }
        int posted = runs.stream().mapToInt(run -> run.join().posted()).sum();
        List<LocalDate> dates = recurringDates(token, account);
        assertThat(dates).hasSize(40 + 6).hasSize(posted);
        assertThat(history(token, account).stream().filter(i -> i.get("amount").equals("1.00"))
                .map(i -> i.get("occurredOn")).distinct()).hasSize(40);
    }

    private static SseClient.Event nextNamed(SseClient stream, String name) {
        SseClient.Event event;
        do {
            event = stream.next(PATIENCE);
            assertThat(event).as("a " + name + " event").isNotNull();
        } while (!name.equals(event.name()));
        return event;
    }

    /** The days of the entries the schedules posted (those with a payee), in date order. */
    private static List<LocalDate> recurringDates(String token, long account) {
        return history(token, account).stream().filter(item -> item.get("payee") != null)
                .map(item -> LocalDate.parse((String) item.get("occurredOn"))).sorted().toList();
    }

    private static List<Map<String, Object>> history(String token, long account) {
        return Api.as(token).get("/api/accounts/" + account + "/transactions?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
