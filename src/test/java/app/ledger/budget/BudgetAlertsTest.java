package app.ledger.budget;

import static app.ledger.budget.Budgets.category;
import static app.ledger.budget.Budgets.created;
import static app.ledger.budget.Budgets.expense;
import static app.ledger.budget.Budgets.post;
import static app.ledger.budget.Budgets.reverse;
import static app.ledger.support.Ledger.openAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.ledger.live.LiveHub;
import app.ledger.support.Api;
import app.ledger.support.Ledger;
import app.ledger.support.SseClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code budget} live event: once per budget, month and threshold, on the writes that reach it. */
@QuarkusTest
class BudgetAlertsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final YearMonth MONTH = YearMonth.of(2026, 6);
    private static final LocalDate DAY = MONTH.atDay(15);

    @Inject
    LiveHub hub;

    /** The thresholds, months and spending of the budget events a step sent, as "80 2026-06 80.00". */
    private static List<String> sent(List<JsonPath> events) {
        return events.stream().map(e -> e.getInt("threshold") + " " + e.getString("month") + " " + e.getString("spent"))
                .toList();
    }

    /**
     * The budget events sent up to now: a deposit without a category follows, and every event of the writes
     * before it has arrived once its balance event has.
     */
    private static List<JsonPath> budgetEvents(SseClient stream, String token, long account) {
        long marker = post(token, account, "deposits", "0.01", DAY, null);
        String markerBalance = Long.toString(2 * marker + 1);
        List<JsonPath> events = new ArrayList<>();
        SseClient.Event event;
        do {
            event = stream.next(PATIENCE);
            assertThat(event).as("the balance event of entry " + marker).isNotNull();
            if ("budget".equals(event.name())) {
                assertThat(event.id()).isNull();
                events.add(JsonPath.from(event.data()));
            }
        } while (!("balance".equals(event.name()) && markerBalance.equals(event.id())));
        return events;
    }

    @Test
    void eightyAndOneHundredPerCentAreSentOncePerMonth() {
        String token = Api.newUser();
        long euro = openAccount(token, "Euro", "EUR");
        long dollar = Ledger.mainAccount(token);
        long food = expense(token, "Food");
        long restaurants = category(token, "Restaurants", "expense", food);
        long budget = created(token, food, "100.00", "EUR");
        post(token, euro, "deposits", "1000.00", MONTH.minusMonths(1).atDay(1), null);
        post(token, dollar, "deposits", "1000.00", MONTH.minusMonths(1).atDay(1), null);

        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            post(token, euro, "withdrawals", "50.00", DAY, food);
            assertThat(budgetEvents(stream, token, euro)).isEmpty();

            // a sub-category's spending counts: 80 %
            post(token, euro, "withdrawals", "30.00", DAY, restaurants);
            List<JsonPath> eighty = budgetEvents(stream, token, euro);
            assertThat(sent(eighty)).containsExactly("80 2026-06 80.00");
            JsonPath data = eighty.get(0);
            assertThat(data.getLong("budgetId")).isEqualTo(budget);
            assertThat(data.getLong("categoryId")).isEqualTo(food);
            assertThat(data.getMap("category")).containsEntry("name", "Food").containsEntry("kind", "expense");
            assertThat(data.getString("limit")).isEqualTo("100.00");
            assertThat(data.getString("currency")).isEqualTo("EUR");

            post(token, euro, "withdrawals", "15.00", DAY, food);
            assertThat(budgetEvents(stream, token, euro)).isEmpty();
            // other currencies and other categories do not count
            post(token, dollar, "withdrawals", "500.00", DAY, food);
            post(token, euro, "withdrawals", "500.00", DAY, null);
            assertThat(budgetEvents(stream, token, euro)).isEmpty();

            long five = post(token, euro, "withdrawals", "5.00", DAY.plusDays(1), food);
            assertThat(sent(budgetEvents(stream, token, euro))).containsExactly("100 2026-06 100.00");

            long twenty = post(token, euro, "withdrawals", "20.00", DAY, restaurants);
            assertThat(budgetEvents(stream, token, euro)).isEmpty();

            // back below both thresholds and over them again in the same month: nothing is sent again
            reverse(token, twenty, DAY);
            reverse(token, five, DAY);
            post(token, euro, "withdrawals", "30.00", DAY, food);
            assertThat(budgetEvents(stream, token, euro)).isEmpty();

            // a backdated withdrawal counts for its own month; one that jumps past both sends both
            post(token, euro, "withdrawals", "120.00", MONTH.minusMonths(1).atDay(31), restaurants);
            assertThat(sent(budgetEvents(stream, token, euro))).containsExactly("80 2026-05 120.00",
                    "100 2026-05 120.00");
            // and a new month sends again
            post(token, euro, "withdrawals", "85.00", MONTH.plusMonths(1).atDay(1), food);
            assertThat(sent(budgetEvents(stream, token, euro))).containsExactly("80 2026-07 85.00");
        }
    }

    @Test
    void movingAnEntryIntoABudgetedCategoryCanReachAThreshold() {
        String token = Api.newUser();
        long account = openAccount(token, "Euro", "EUR");
        long rent = expense(token, "Rent");
        post(token, account, "deposits", "1000.00", DAY, null);
        long entry = post(token, account, "withdrawals", "85.00", DAY, null);
        created(token, rent, "100.00", "EUR");

        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            Api.jsonAs(token).body(Map.of("categoryId", rent)).patch("/api/entries/" + entry).then().statusCode(200);
            assertThat(sent(budgetEvents(stream, token, account))).containsExactly("80 2026-06 85.00");
            Api.jsonAs(token).body(Map.of("description", "still rent")).patch("/api/entries/" + entry).then()
                    .statusCode(200);
            assertThat(budgetEvents(stream, token, account)).isEmpty();
        }
    }

    @Test
    void aChangedLimitCountsAfresh() {
        String token = Api.newUser();
        long account = openAccount(token, "Euro", "EUR");
        long food = expense(token, "Food");
        long budget = created(token, food, "100.00", "EUR");
        post(token, account, "deposits", "1000.00", DAY, null);

        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            post(token, account, "withdrawals", "90.00", DAY, food);
            assertThat(sent(budgetEvents(stream, token, account))).containsExactly("80 2026-06 90.00");
            Budgets.patch(token, budget, Map.of("amount", "200.00")).then().statusCode(200);
            post(token, account, "withdrawals", "40.00", DAY, food);
            assertThat(budgetEvents(stream, token, account)).isEmpty();
            post(token, account, "withdrawals", "30.00", DAY, food);
            assertThat(sent(budgetEvents(stream, token, account))).containsExactly("80 2026-06 160.00");
        }
    }
}
