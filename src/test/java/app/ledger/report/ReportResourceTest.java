package app.ledger.report;

import static app.ledger.support.Ledger.openAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import app.ledger.money.Money;
import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportResourceTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 550;

    private static long entryId(Response posted) {
        return ((Number) posted.then().statusCode(201).extract().path("entry.id")).longValue();
    }

    private static long category(String token, String name) {
        return ((Number) Api.jsonAs(token).body(Map.of("name", name, "kind", "expense"))
                .post("/api/categories").then().statusCode(201).extract().path("id")).longValue();
    }

    private static Response post(String token, long account, String kind, String amount, LocalDate day,
            Long categoryId) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("occurredOn", day.toString());
        body.put("categoryId", categoryId);
        return Ledger.post(token, account, kind, body, null);
    }

    private static Response reverse(String token, long entryId, LocalDate day) {
        return Api.jsonAs(token).body(Map.of("occurredOn", day.toString()))
                .post("/api/entries/" + entryId + "/reversal");
    }

    private static void recategorise(String token, long entryId, Long categoryId) {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryId", categoryId);
        Api.jsonAs(token).body(body).patch("/api/entries/" + entryId).then().statusCode(200);
    }

    private static JsonPath report(String token, String path) {
        return Api.as(token).urlEncodingEnabled(false).get("/api/reports/" + path).then().statusCode(200)
                .extract().jsonPath();
    }


    /**
     * The brute-force computation the reports must equal, from the entries as the history shows them: a
     * deposit is income and a withdrawal expense, a reversal takes its amount from the side of the entry it
     * cancels on its own day, transfers count as neither.
     */
    private record Brute(Map<String, Map<Long, long[]>> spending, Map<String, long[][]> incomeExpense) {

        static Brute of(List<Map<String, Object>> entries, List<Map<String, Object>> periods, List<Long> accounts,
                String onlyCurrency) {
            Map<String, Map<Long, long[]>> spending = new TreeMap<>();
            Map<String, long[][]> incomeExpense = new TreeMap<>();
            int count = periods.size();
            for (Map<String, Object> entry : entries) {
                String code = (String) entry.get("currency");
                long account = ((Number) entry.get("accountId")).longValue();
                if (!accounts.contains(account) || onlyCurrency != null && !onlyCurrency.equals(code)) {
                    continue;
                }
                incomeExpense.computeIfAbsent(code, c -> new long[2][count]);
                spending.computeIfAbsent(code, c -> new TreeMap<>());
                LocalDate day = LocalDate.parse((String) entry.get("occurredOn"));
                int period = -1;
                for (int i = 0; i < count; i++) {
                    if (!day.isBefore(LocalDate.parse((String) periods.get(i).get("start")))
                            && !day.isAfter(LocalDate.parse((String) periods.get(i).get("end")))) {
                        period = i;
                    }
                }
                String type = (String) entry.get("type");
                if (period < 0 || type.startsWith("transfer")) {
                    continue;
                }
                long amount = Money.parse((String) entry.get("amount"), Currency.getInstance(code)).money()
                        .orElseThrow().minor();
                boolean reversal = entry.get("reversalOf") != null;
                boolean expense = type.equals("withdrawal") != reversal;
                long signed = reversal ? -amount : amount;
                incomeExpense.get(code)[expense ? 1 : 0][period] += signed;
                if (expense) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> category = (Map<String, Object>) entry.get("category");
                    long key = category == null ? 0 : ((Number) category.get("id")).longValue();
                    spending.get(code).computeIfAbsent(key, k -> new long[count])[period] += signed;
                }
            }
            spending.values().forEach(groups -> groups.values().removeIf(values -> java.util.Arrays.stream(values)
                    .allMatch(v -> v == 0)));
            return new Brute(spending, incomeExpense);
        }
    }

    private static Map<String, Map<Long, List<String>>> spendingOf(JsonPath report) {
        Map<String, Map<Long, List<String>>> spending = new TreeMap<>();
        List<Map<String, Object>> currencies = report.getList("currencies");
        for (Map<String, Object> currency : currencies) {
            Map<Long, List<String>> groups = new TreeMap<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) currency.get("groups");
            for (Map<String, Object> group : list) {
                @SuppressWarnings("unchecked")
                Map<String, Object> category = (Map<String, Object>) group.get("category");
                @SuppressWarnings("unchecked")
                List<String> values = (List<String>) group.get("values");
                groups.put(category == null ? 0L : ((Number) category.get("id")).longValue(), values);
            }
            spending.put((String) currency.get("currency"), groups);
        }
        return spending;
    }

    private static Map<String, Map<Long, List<String>>> formatted(Map<String, Map<Long, long[]>> spending) {
        Map<String, Map<Long, List<String>>> result = new TreeMap<>();
        spending.forEach((code, groups) -> {
            Map<Long, List<String>> formatted = new TreeMap<>();
            groups.forEach((key, values) -> formatted.put(key, format(values, code)));
            result.put(code, formatted);
        });
        return result;
    }

    private static List<String> format(long[] values, String code) {
        return java.util.Arrays.stream(values).mapToObj(v -> Money.format(v, Currency.getInstance(code))).toList();
    }

    private static void assertReportsEqualBruteForce(long seed, String token, List<Map<String, Object>> entries,
            List<Long> allAccounts, String range, String filter, List<Long> accounts, String currency) {
        for (String interval : List.of("week", "month", "year")) {
            JsonPath spending = report(token, "spending?" + range + "&interval=" + interval + filter);
            List<Map<String, Object>> periods = spending.getList("periods");
            Brute brute = Brute.of(entries, periods, accounts.isEmpty() ? allAccounts : accounts, currency);
            assertThat(spendingOf(spending)).as("spending by %s, %s%s, seed %d", interval, range, filter, seed)
                    .isEqualTo(formatted(brute.spending()));

            JsonPath flows = report(token, "income-expense?" + range + "&interval=" + interval + filter);
            assertThat(flows.getList("periods")).isEqualTo(periods);
            Map<String, List<List<String>>> actual = new TreeMap<>();
            List<Map<String, Object>> currencies = flows.getList("currencies");
            for (Map<String, Object> c : currencies) {
                @SuppressWarnings("unchecked")
                List<List<String>> values = List.of((List<String>) c.get("income"), (List<String>) c.get("expense"),
                        (List<String>) c.get("net"));
                actual.put((String) c.get("currency"), values);
            }
            Map<String, List<List<String>>> expected = new TreeMap<>();
            brute.incomeExpense().forEach((code, values) -> {
                long[] net = new long[values[0].length];
                for (int i = 0; i < net.length; i++) {
                    net[i] = values[0][i] - values[1][i];
                }
                expected.put(code, List.of(format(values[0], code), format(values[1], code), format(net, code)));
            });
            assertThat(actual).as("income and expense by %s, %s%s, seed %d", interval, range, filter, seed)
                    .isEqualTo(expected);
        }
    }

    @Test
    void reportsEqualABruteForceSumOfTheEntriesAfterReversalsAndCategoryEdits() {
        long seed = Long.getLong("reports.seed", System.nanoTime()); // -Dreports.seed=… repeats a run
        Random random = new Random(seed);
        String token = Api.newUser();
        long euro = openAccount(token, "Euro", "EUR");
        long cash = openAccount(token, "Cash", "EUR");
        long dollar = openAccount(token, "Dollar", "USD");
        List<Long> accounts = List.of(euro, cash, dollar);
        List<Long> categories = new ArrayList<>();
        for (String name : List.of("Food", "Rent", "Fun")) {
            categories.add(category(token, name));
        }
        List<Long> plain = new ArrayList<>();
        for (long account : accounts) {
            plain.add(entryId(post(token, account, "deposits", "5000.00", FIRST, null)));
        }
        for (int i = 0; i < 70; i++) {
            long account = accounts.get(random.nextInt(accounts.size()));
            LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
            Long category = random.nextInt(4) == 0 ? null : categories.get(random.nextInt(categories.size()));
            int cents = 1 + random.nextInt(5000);
            String amount = cents / 100 + "." + String.format("%02d", cents % 100);
            String kind = random.nextInt(4) == 0 ? "deposits" : "withdrawals";
            plain.add(entryId(post(token, account, kind, amount, day, category)));
        }
        Ledger.transfer(token, euro, cash, "12.34").then().statusCode(201);
        Map<String, Object> exchange = Map.of("fromAccountId", euro, "toAccountId", dollar, "amount", "10.00",
                "toAmount", "11.00", "occurredOn", FIRST.plusDays(40).toString());
        String transferOut = Api.jsonAs(token).body(exchange).post("/api/transfers").then().statusCode(201)
                .extract().path("from.entry.id").toString();

        // reversals: on a later day, on the same day and of a transfer; a reversal itself is not reversed
        long later = plain.get(3 + random.nextInt(plain.size() - 3));
        long laterReversal = entryId(reverse(token, later, FIRST.plusDays(DAYS - 1)));
        long sameDay = plain.get(3 + random.nextInt(plain.size() - 4));
        if (sameDay == later) {
            sameDay = plain.get(plain.size() - 1);
        }
        Api.jsonAs(token).body("{}").post("/api/entries/" + sameDay + "/reversal").then().statusCode(201);
        reverse(token, Long.parseLong(transferOut), FIRST.plusDays(41)).then().statusCode(201);
        reverse(token, laterReversal, FIRST.plusDays(DAYS - 2)).then().statusCode(409);

        // category edits move amounts between groups: of plain entries, of the reversed one and of a reversal
        for (int i = 0; i < 10; i++) {
            long entry = plain.get(random.nextInt(plain.size()));
            recategorise(token, entry, random.nextInt(3) == 0 ? null : categories.get(random.nextInt(3)));
        }
        recategorise(token, later, categories.get(0));
        recategorise(token, laterReversal, categories.get(1));

        List<Map<String, Object>> entries = new ArrayList<>();
        accounts.forEach(account -> entries.addAll(Ledger.history(token, account)));
        // 73 plain, two transfers of two entries each, two reversals of one entry and one of a transfer
        assertThat(entries).as("seed %d", seed).hasSize(73 + 4 + 2 + 2);

        String whole = "from=" + FIRST + "&to=" + FIRST.plusDays(DAYS - 1);
        String part = "from=2024-02-15&to=2025-03-10";
        assertReportsEqualBruteForce(seed, token, entries, accounts, whole, "", List.of(), null);
        assertReportsEqualBruteForce(seed, token, entries, accounts, part, "", List.of(), null);
        assertReportsEqualBruteForce(seed, token, entries, accounts, part,
                "&accountId=" + cash + "&accountId=" + dollar, List.of(cash, dollar), null);
        assertReportsEqualBruteForce(seed, token, entries, accounts, whole, "&currency=EUR", List.of(), "EUR");
        // whole months only, and a range inside one month
        for (String range : List.of("from=2024-03-01&to=2024-12-31", "from=2024-05-03&to=2024-05-20")) {
            assertReportsEqualBruteForce(seed, token, entries, accounts, range, "", List.of(), null);
        }
        // weeks from Monday, and from Saturday: days move between the stored Monday-to-Sunday weeks
        for (String locale : List.of("de-DE", "ar-EG")) {
            Api.jsonAs(token).body(Map.of("locale", locale)).patch("/api/me").then().statusCode(200);
            assertThat(report(token, "spending?" + part + "&interval=week").getString("weekStartsOn"))
                    .isEqualTo(locale.equals("de-DE") ? "monday" : "saturday");
            assertReportsEqualBruteForce(seed, token, entries, accounts, whole, "", List.of(), null);
            assertReportsEqualBruteForce(seed, token, entries, accounts, part,
                    "&accountId=" + cash + "&accountId=" + dollar, List.of(cash, dollar), null);
        }
    }

    @Test
    void weeksStartOnMondayInGermanyAndOnSundayInTheUnitedStates() {
        String german = Api.newUser();
        Api.jsonAs(german).body(Map.of("locale", "de-DE")).patch("/api/me").then().statusCode(200);
        String american = Api.newUser();
        Api.jsonAs(american).body(Map.of("locale", "en-US")).patch("/api/me").then().statusCode(200);
        for (String token : List.of(german, american)) {
            long account = openAccount(token, "Weekly", "EUR");
            post(token, account, "deposits", "100.00", LocalDate.of(2024, 3, 1), null).then().statusCode(201);
            post(token, account, "withdrawals", "1.00", LocalDate.of(2024, 3, 10), null).then().statusCode(201);
            post(token, account, "withdrawals", "2.00", LocalDate.of(2024, 3, 11), null).then().statusCode(201);
        }
        String range = "spending?from=2024-03-04&to=2024-03-17&interval=week&currency=EUR";

        JsonPath monday = report(german, range);
        assertThat(monday.getString("weekStartsOn")).isEqualTo("monday");
        assertThat(monday.getList("periods.start")).containsExactly("2024-03-04", "2024-03-11");
        assertThat(monday.getList("periods.end")).containsExactly("2024-03-10", "2024-03-17");
        assertThat(monday.getList("currencies[0].totals")).containsExactly("1.00", "2.00");

        JsonPath sunday = report(american, range);
        assertThat(sunday.getString("weekStartsOn")).isEqualTo("sunday");
        assertThat(sunday.getList("periods.start")).containsExactly("2024-03-04", "2024-03-10", "2024-03-17");
        assertThat(sunday.getList("periods.end")).containsExactly("2024-03-09", "2024-03-16", "2024-03-17");
        assertThat(sunday.getList("currencies[0].totals")).containsExactly("0.00", "3.00", "0.00");
    }

    @Test
    void everyPeriodIsListedEvenWithoutEntries() {
        String token = Api.newUser();
        long account = openAccount(token, "Yen", "JPY");
        JsonPath spending = report(token, "spending?from=2024-01-15&to=2024-04-02&interval=month&accountId="
                + account);
        assertThat(spending.getList("periods.start")).containsExactly("2024-01-15", "2024-02-01", "2024-03-01",
                "2024-04-01");
        assertThat(spending.getList("periods.end")).containsExactly("2024-01-31", "2024-02-29", "2024-03-31",
                "2024-04-02");
        assertThat(spending.getList("currencies.currency")).containsExactly("JPY");
        assertThat(spending.getList("currencies[0].groups")).isEmpty();
        assertThat(spending.getList("currencies[0].totals")).containsExactly("0", "0", "0", "0");
        JsonPath flows = report(token, "income-expense?from=2024-01-15&to=2024-04-02&interval=year");
        assertThat(flows.getList("periods.start")).containsExactly("2024-01-15");
        assertThat(flows.getList("currencies[0].net")).containsExactly("0");
    }

    @Test
    void anotherUsersAccountIsNotFound() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        long bobs = openAccount(bob, "Bob's", "EUR");
        long alices = openAccount(alice, "Alice's", "EUR");
        for (String path : List.of("spending", "income-expense")) {
            Api.as(alice).get("/api/reports/" + path + "?from=2024-01-01&to=2024-12-31&interval=month&accountId="
                            + alices + "&accountId=" + bobs)
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void badRequestsAreRefusedWithTheFieldsAtFault() {
        String token = Api.newUser();
        Api.as(token).get("/api/reports/spending").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("from")).body("errors.field", hasItem("to"))
                .body("errors.field", hasItem("interval"));
        Api.as(token).get("/api/reports/spending?from=2024-02-30&to=2024-03-01&interval=month").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        Api.as(token).get("/api/reports/income-expense?from=2024-03-01&to=2024-02-01&interval=month").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        Api.as(token).get("/api/reports/income-expense?from=2014-01-01&to=2024-01-01&interval=week").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        Api.as(token).get("/api/reports/income-expense?from=2014-01-02&to=2024-01-01&interval=week").then()
                .statusCode(200).body("periods", hasSize(523));
        Api.as(token).get("/api/reports/spending?from=2024-01-01&to=2024-02-01&interval=day").then()
                .statusCode(400).body("errors[0].field", equalTo("interval"));
        Api.as(token).get("/api/reports/spending?from=2024-01-01&to=2024-02-01&interval=month&groupBy=account")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("groupBy"));
        Api.as(token).get("/api/reports/spending?from=2024-01-01&to=2024-02-01&interval=month&accountId=x").then()
                .statusCode(400).body("errors[0].field", equalTo("accountId"));
        Api.as(token).get("/api/reports/spending?from=2024-01-01&to=2024-02-01&interval=month&currency=EURO")
                .then().statusCode(400).body("errors[0].field", equalTo("currency"));
        Api.as(token).get("/api/reports/spending?from=1899-12-31&to=1900-02-01&interval=month").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
