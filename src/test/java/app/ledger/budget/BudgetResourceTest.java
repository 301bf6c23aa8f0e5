package app.ledger.budget;

import static app.ledger.budget.Budgets.category;
import static app.ledger.budget.Budgets.create;
import static app.ledger.budget.Budgets.created;
import static app.ledger.budget.Budgets.expense;
import static app.ledger.budget.Budgets.patch;
import static app.ledger.budget.Budgets.post;
import static app.ledger.budget.Budgets.reverse;
import static app.ledger.support.Ledger.openAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BudgetResourceTest {

    @Inject
    BudgetClock clock;

    @AfterEach
    void realTime() {
        ((SettableBudgetClock) clock).reset();
    }

    @Test
    void aBudgetIsCreatedListedChangedAndDeleted() {
        String token = Api.newUser();
        long food = expense(token, "Food");
        long rent = expense(token, "Rent");

        JsonPath budget = create(token, food, "300.00", "EUR").then().statusCode(201)
                .header("Location", containsString("/budgets/")).extract().jsonPath();
        long id = budget.getLong("id");
        assertThat(budget.getLong("categoryId")).isEqualTo(food);
        assertThat(budget.getMap("category")).containsEntry("name", "Food").containsEntry("kind", "expense")
                .containsEntry("archived", false).containsEntry("parentId", null).containsEntry("color", null);
        assertThat(budget.getString("amount")).isEqualTo("300.00");
        assertThat(budget.getString("currency")).isEqualTo("EUR");
        assertThat(budget.getString("period")).isEqualTo("month");
        assertThat(budget.getString("createdAt")).isNotBlank();

        Api.as(token).get("/api/budgets").then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo((int) id))
                .body("[0].category.name", equalTo("Food"));
        Api.as(token).get("/api/budgets/" + id).then().statusCode(200).body("amount", equalTo("300.00"));

        patch(token, id, Map.of("amount", "250.5")).then().statusCode(200).body("amount", equalTo("250.50"))
                .body("categoryId", equalTo((int) food));
        patch(token, id, Map.of("categoryId", rent)).then().statusCode(200).body("categoryId", equalTo((int) rent))
                .body("category.name", equalTo("Rent")).body("amount", equalTo("250.50"));
        Api.as(token).get("/api/budgets/" + id).then().statusCode(200).body("categoryId", equalTo((int) rent));

        Api.as(token).delete("/api/budgets/" + id).then().statusCode(204);
        Api.as(token).get("/api/budgets/" + id).then().statusCode(404).body("type", equalTo("/problems/budget-not-found"));
        Api.as(token).get("/api/budgets").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void anotherUsersBudgetOrCategoryIsNotFound() {
        String owner = Api.newUser();
        long food = expense(owner, "Food");
        long id = created(owner, food, "100.00", "USD");
        String other = Api.newUser();
        long otherFood = expense(other, "Food");

        Api.as(other).get("/api/budgets/" + id).then().statusCode(404).body("type", equalTo("/problems/budget-not-found"));
        patch(other, id, Map.of("amount", "1.00")).then().statusCode(404);
        patch(other, id, Map.of("categoryId", otherFood)).then().statusCode(404);
        Api.as(other).delete("/api/budgets/" + id).then().statusCode(404);
        Api.as(other).get("/api/budgets").then().statusCode(200).body("", hasSize(0));
        Api.as(other).get("/api/budgets/status").then().statusCode(200).body("budgets", hasSize(0));

        // someone else's category is answered like one that does not exist
        create(other, food, "100.00", "USD").then().statusCode(404).body("type", equalTo("/problems/category-not-found"));
        create(other, 999_999_999L, "100.00", "USD").then().statusCode(404)
                .body("type", equalTo("/problems/category-not-found"));
        patch(owner, id, Map.of("categoryId", otherFood)).then().statusCode(404)
                .body("type", equalTo("/problems/category-not-found"));

        Api.as(owner).get("/api/budgets/" + id).then().statusCode(200).body("amount", equalTo("100.00"))
                .body("categoryId", equalTo((int) food));
    }

    @Test
    void invalidBudgetsAreRefusedWithTheFieldAtFault() {
        String token = Api.newUser();
        long food = expense(token, "Food");
        long salary = category(token, "Salary", "income", null);

        create(token, salary, "100.00", "EUR").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors.field", hasItem("categoryId"))
                .body("errors.find { it.field == 'categoryId' }.message", containsString("income category"));
        create(token, null, "100.00", "EUR").then().statusCode(400).body("errors.field", hasItem("categoryId"));
        create(token, food, "0.00", "EUR").then().statusCode(400).body("errors.field", hasItem("amount"));
        create(token, food, "-5", "EUR").then().statusCode(400).body("errors.field", hasItem("amount"));
        create(token, food, "1.234", "EUR").then().statusCode(400)
                .body("errors.find { it.field == 'amount' }.message", containsString("at most 2 decimal places"));
        create(token, food, "1.5", "JPY").then().statusCode(400)
                .body("errors.find { it.field == 'amount' }.message", containsString("whole numbers"));
        create(token, food, "100", "XYZ").then().statusCode(400).body("errors.field", hasItem("currency"));
        create(token, food, "100", null).then().statusCode(400).body("errors.field", hasItem("currency"));
        Map<String, Object> weekly = new HashMap<>(Map.of("categoryId", food, "amount", "5.00", "currency", "EUR",
                "period", "week"));
        Api.jsonAs(token).body(weekly).post("/api/budgets").then().statusCode(400)
                .body("errors.field", hasItem("period"));
        // period may be left out
        weekly.remove("period");
        Api.jsonAs(token).body(weekly).post("/api/budgets").then().statusCode(201).body("period", equalTo("month"));

        Api.jsonAs(token).body(Map.of("color", "#ffffff")).patch("/api/categories/" + salary).then().statusCode(200);
        long archived = expense(token, "Old");
        Api.jsonAs(token).body(Map.of("archived", true)).patch("/api/categories/" + archived).then().statusCode(200);
        create(token, archived, "5.00", "EUR").then().statusCode(400).body("errors.field", hasItem("categoryId"));

        long id = Api.as(token).get("/api/budgets").then().extract().jsonPath().getLong("[0].id");
        patch(token, id, Map.of("currency", "USD")).then().statusCode(400).body("errors.field", hasItem("currency"));
        patch(token, id, Map.of("amount", "0")).then().statusCode(400).body("errors.field", hasItem("amount"));
        Map<String, Object> noCategory = new HashMap<>();
        noCategory.put("categoryId", null);
        patch(token, id, noCategory).then().statusCode(400).body("errors.field", hasItem("categoryId"));
        patch(token, id, Map.of("categoryId", salary)).then().statusCode(400).body("errors.field", hasItem("categoryId"));
        Api.as(token).get("/api/budgets/" + id).then().body("amount", equalTo("5.00")).body("categoryId", equalTo((int) food));
    }

    @Test
    void oneBudgetPerCategoryAndCurrencyAndABoundedNumberPerUser() {
        String token = Api.newUser();
        long food = expense(token, "Food");
        long rent = expense(token, "Rent");
        long euroFood = created(token, food, "100.00", "EUR");
        create(token, food, "200.00", "EUR").then().statusCode(409).body("type", equalTo("/problems/budget-exists"))
                .body("detail", containsString("Food"));
        created(token, food, "100.00", "USD");
        long euroRent = created(token, rent, "100.00", "EUR");
        patch(token, euroRent, Map.of("categoryId", food)).then().statusCode(409)
                .body("type", equalTo("/problems/budget-exists"));
        patch(token, euroFood, Map.of("categoryId", food, "amount", "120.00")).then().statusCode(200);

        // the test profile allows 5
        created(token, rent, "1", "USD");
        created(token, rent, "1", "JPY");
        long other = expense(token, "Other");
        create(token, other, "1.00", "EUR").then().statusCode(409).body("type", equalTo("/problems/too-many-budgets"));
        Api.as(token).get("/api/budgets").then().body("", hasSize(5));
    }

    @Test
    void monthIsCheckedAndDefaultsToThisMonthInTheUsersTimeZone() {
        // 02:00 UTC on 1 March is still 28 February in Los Angeles
        ((SettableBudgetClock) clock).set(Instant.parse("2026-03-01T02:00:00Z"));
        String angeleno = Budgets.userIn("America/Los_Angeles");
        String londoner = Budgets.userIn("Europe/London");
        for (String token : List.of(angeleno, londoner)) {
            long account = Ledger.mainAccount(token);
            long food = expense(token, "Food");
            created(token, food, "100.00", "USD");
            post(token, account, "deposits", "500.00", LocalDate.parse("2026-02-01"), null);
            post(token, account, "withdrawals", "10.00", LocalDate.parse("2026-02-28"), food);
            post(token, account, "withdrawals", "7.00", LocalDate.parse("2026-03-01"), food);
        }
        Api.as(angeleno).get("/api/budgets/status").then().statusCode(200).body("month", equalTo("2026-02"))
                .body("budgets[0].spent", equalTo("10.00"));
        Api.as(londoner).get("/api/budgets/status").then().statusCode(200).body("month", equalTo("2026-03"))
                .body("budgets[0].spent", equalTo("7.00"));
        Api.as(angeleno).get("/api/budgets/status?month=2026-03").then().statusCode(200)
                .body("month", equalTo("2026-03")).body("budgets[0].spent", equalTo("7.00"));

        Api.as(angeleno).queryParam("month", "").get("/api/budgets/status").then().statusCode(200)
                .body("month", equalTo("2026-02"));
        for (String bad : List.of("2026-13", "2026-3", "march", "2026-03-01", "0000-00")) {
            Api.as(angeleno).queryParam("month", bad).get("/api/budgets/status").then().statusCode(400)
                    .body("errors.field", hasItem("month"));
        }
    }

    @Test
    void statusShowsLimitSpentRemainingAndPercent() {
        String token = Api.newUser();
        long account = openAccount(token, "Euro", "EUR");
        long food = expense(token, "Food");
        long id = created(token, food, "80.00", "EUR");
        LocalDate day = LocalDate.parse("2026-05-10");
        post(token, account, "deposits", "500.00", day, null);
        post(token, account, "withdrawals", "66.00", day, food);

        JsonPath status = Api.as(token).get("/api/budgets/status?month=2026-05").then().statusCode(200)
                .extract().jsonPath();
        assertThat(status.getString("month")).isEqualTo("2026-05");
        assertThat(status.getLong("budgets[0].budget.id")).isEqualTo(id);
        assertThat(status.getString("budgets[0].budget.category.name")).isEqualTo("Food");
        assertThat(status.getString("budgets[0].limit")).isEqualTo("80.00");
        assertThat(status.getString("budgets[0].spent")).isEqualTo("66.00");
        assertThat(status.getString("budgets[0].remaining")).isEqualTo("14.00");
        assertThat(status.getDouble("budgets[0].percent")).isEqualTo(82.5);

        post(token, account, "withdrawals", "26.01", day, food);
        Api.as(token).get("/api/budgets/status?month=2026-05").then().statusCode(200)
                .body("budgets[0].spent", equalTo("92.01")).body("budgets[0].remaining", equalTo("-12.01"))
                .body("budgets[0].percent", equalTo(115.0f));
        // a month without spending
        Api.as(token).get("/api/budgets/status?month=2026-04").then().statusCode(200)
                .body("budgets[0].spent", equalTo("0.00")).body("budgets[0].remaining", equalTo("80.00"))
                .body("budgets[0].percent", equalTo(0.0f));
    }

    @Test
    void statusEqualsABruteForceSumOfTheEntries() {
        long seed = Long.getLong("budgets.seed", System.nanoTime()); // -Dbudgets.seed=… repeats a run
        Random random = new Random(seed);
        String token = Api.newUser();
        long euro = openAccount(token, "Euro", "EUR");
        long cash = openAccount(token, "Cash", "EUR");
        long dollar = openAccount(token, "Dollar", "USD");
        List<Long> accounts = List.of(euro, cash, dollar);
        long food = expense(token, "Food");
        long restaurants = category(token, "Restaurants", "expense", food);
        long groceries = category(token, "Groceries", "expense", food);
        long rent = expense(token, "Rent");
        long salary = category(token, "Salary", "income", null);
        List<Long> spendable = List.of(food, restaurants, groceries, rent);
        Map<Long, Long> parents = Map.of(restaurants, food, groceries, food);
        created(token, food, "400.00", "EUR");
        created(token, restaurants, "50.00", "EUR");
        created(token, food, "300.00", "USD");
        created(token, rent, "900.00", "EUR");

        YearMonth month = YearMonth.of(2026, 6);
        List<Long> plain = new ArrayList<>();
        for (long account : accounts) {
            post(token, account, "deposits", "9000.00", month.minusMonths(1).atDay(1), salary);
        }
        for (int i = 0; i < 60; i++) {
            long account = accounts.get(random.nextInt(accounts.size()));
            // the month before, the month, the month after
            LocalDate day = month.minusMonths(1).atDay(1).plusDays(random.nextInt(91));
            Long category = random.nextInt(5) == 0 ? null : spendable.get(random.nextInt(spendable.size()));
            int cents = 1 + random.nextInt(9000);
            String amount = cents / 100 + "." + String.format("%02d", cents % 100);
            String kind = random.nextInt(6) == 0 ? "deposits" : "withdrawals";
            plain.add(post(token, account, kind, amount, day, category));
        }
        // reversals, some in another month than the entry they cancel
        Set<Long> reversed = new java.util.HashSet<>();
        for (int i = 0; i < 10; i++) {
            long entry = plain.get(random.nextInt(plain.size()));
            if (reversed.add(entry)) {
                reverse(token, entry, month.minusMonths(1).atDay(1).plusDays(random.nextInt(91)));
            }
        }
        // category edits move spending between budgets
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("categoryId", spendable.get(random.nextInt(spendable.size())));
            Api.jsonAs(token).body(body).patch("/api/entries/" + plain.get(random.nextInt(plain.size())))
                    .then().statusCode(200);
        }

        List<Map<String, Object>> entries = new ArrayList<>();
        accounts.forEach(account -> entries.addAll(Ledger.history(token, account)));
        for (YearMonth asked : List.of(month.minusMonths(1), month, month.plusMonths(1))) {
            JsonPath status = Api.as(token).get("/api/budgets/status?month=" + asked).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(status.getString("month")).isEqualTo(asked.toString());
            List<Map<String, Object>> lines = status.getList("budgets");
            assertThat(lines).hasSize(4);
            for (Map<String, Object> line : lines) {
                @SuppressWarnings("unchecked")
                Map<String, Object> budget = (Map<String, Object>) line.get("budget");
                long categoryId = ((Number) budget.get("categoryId")).longValue();
                String currency = (String) budget.get("currency");
                long spent = bruteForce(entries, asked, categoryId, currency, parents);
                long limit = new BigDecimal((String) budget.get("amount")).movePointRight(2).longValueExact();
                String where = "seed " + seed + ", " + asked + ", category " + categoryId + " " + currency;
                assertThat(line.get("limit")).as(where).isEqualTo(budget.get("amount"));
                assertThat(line.get("spent")).as(where).isEqualTo(BigDecimal.valueOf(spent, 2).toPlainString());
                assertThat(line.get("remaining")).as(where)
                        .isEqualTo(BigDecimal.valueOf(limit - spent, 2).toPlainString());
                assertThat(new BigDecimal(line.get("percent").toString())).as(where).isEqualByComparingTo(
                        BigDecimal.valueOf(spent * 100).divide(BigDecimal.valueOf(limit), 1, RoundingMode.FLOOR));
            }
        }
    }

    /**
     * What the history says was spent in the month in the category and its sub-categories, in the currency: a
     * withdrawal adds, a deposit that reverses a withdrawal takes back, each on its own day.
     */
    private static long bruteForce(List<Map<String, Object>> entries, YearMonth month, long categoryId,
            String currency, Map<Long, Long> parents) {
        long sum = 0;
        for (Map<String, Object> entry : entries) {
            @SuppressWarnings("unchecked")
            Map<String, Object> category = (Map<String, Object>) entry.get("category");
            if (category == null || !currency.equals(entry.get("currency"))
                    || !YearMonth.from(LocalDate.parse((String) entry.get("occurredOn"))).equals(month)) {
                continue;
            }
            long id = ((Number) category.get("id")).longValue();
            if (id != categoryId && !Long.valueOf(categoryId).equals(parents.get(id))) {
                continue;
            }
            long cents = new BigDecimal((String) entry.get("amount")).movePointRight(2).longValueExact();
            boolean reversal = entry.get("reversalOf") != null;
            if ("withdrawal".equals(entry.get("type")) && !reversal) {
                sum += cents;
            } else if ("deposit".equals(entry.get("type")) && reversal) {
                sum -= cents;
            }
        }
        return sum;
    }


    @Test
    void unknownFieldsCannotBePatched() {
        String token = Api.newUser();
        long id = created(token, expense(token, "Food"), "10.00", "USD");
        patch(token, id, Map.of("period", "month")).then().statusCode(400).body("errors.field", hasItem("period"));
        Api.as(token).get("/api/budgets/" + id).then().body("category.color", nullValue());
    }
}
