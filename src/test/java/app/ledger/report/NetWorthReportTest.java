package app.ledger.report;

import static app.ledger.support.Ledger.openAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
class NetWorthReportTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 400;

    private static JsonPath report(String token, String query) {
        return Api.as(token).urlEncodingEnabled(false).get("/api/reports/net-worth?" + query).then()
                .statusCode(200).extract().jsonPath();
    }

    private static Response post(String token, long account, String kind, String amount, LocalDate day) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("occurredOn", day.toString());
        return Ledger.post(token, account, kind, body, null);
    }

    private static String amount(Random random, int maxCents) {
        int cents = 1 + random.nextInt(maxCents);
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }

    /** Every entry of every account of the user, as the history shows them. */
    private static List<Map<String, Object>> allEntries(String token) {
        List<Map<String, Object>> all = new ArrayList<>();
        List<Number> accounts = Api.as(token).get("/api/accounts").then().statusCode(200).extract().path("id");
        for (Number account : accounts) {
            all.addAll(Ledger.history(token, account.longValue()));
        }
        return all;
    }

    /** The balance per currency at the end of each day listed: the signed amounts of the entries up to it. */
    private static Map<String, List<String>> bruteForce(List<Map<String, Object>> entries, List<String> ends,
            List<Long> onlyAccounts) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Map<String, Object> entry : entries) {
            long account = ((Number) entry.get("accountId")).longValue();
            if (!onlyAccounts.isEmpty() && !onlyAccounts.contains(account)) {
                continue;
            }
            String code = (String) entry.get("currency");
            long[] values = sums.computeIfAbsent(code, c -> new long[ends.size()]);
            long amount = Money.parse((String) entry.get("amount"), Currency.getInstance(code)).money()
                    .orElseThrow().minor();
            String type = (String) entry.get("type");
            long signed = type.equals("deposit") || type.equals("transfer_in") ? amount : -amount;
            LocalDate day = LocalDate.parse((String) entry.get("occurredOn"));
            for (int i = 0; i < ends.size(); i++) {
                if (!day.isAfter(LocalDate.parse(ends.get(i)))) {
                    values[i] += signed;
                }
            }
        }
        Map<String, List<String>> formatted = new TreeMap<>();
        sums.forEach((code, values) -> formatted.put(code, java.util.Arrays.stream(values)
                .mapToObj(v -> Money.format(v, Currency.getInstance(code))).toList()));
        return formatted;
    }

    private static Map<String, List<String>> balancesOf(JsonPath report) {
        Map<String, List<String>> balances = new TreeMap<>();
        List<Map<String, Object>> currencies = report.getList("currencies");
        for (Map<String, Object> currency : currencies) {
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) currency.get("values");
            balances.put((String) currency.get("currency"), values);
        }
        return balances;
    }

    @Test
    void netWorthEqualsABruteForceSumOfTheEntriesByDayWeekAndMonth() {
        long seed = Long.getLong("reports.seed", System.nanoTime()); // -Dreports.seed=… repeats a run
        Random random = new Random(seed);
        String token = Api.newUser();
        long euro = openAccount(token, "Euro", "EUR");
        long cash = openAccount(token, "Cash", "EUR");
        long dollar = openAccount(token, "Dollar", "USD");
        List<Long> accounts = List.of(euro, cash, dollar);
        List<Long> entries = new ArrayList<>();
        for (long account : accounts) {
            entries.add(((Number) post(token, account, "deposits", "3000.00", FIRST.plusDays(random.nextInt(30)))
                    .then().statusCode(201).extract().path("entry.id")).longValue());
        }
        for (int i = 0; i < 60; i++) {
            long account = accounts.get(random.nextInt(accounts.size()));
            // backdated and future-dated alike: the days are random, the order of writing is not theirs
            LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
            String kind = random.nextInt(3) == 0 ? "deposits" : "withdrawals";
            Response posted = post(token, account, kind, amount(random, 9000), day);
            if (posted.statusCode() == 201) {
                entries.add(((Number) posted.path("entry.id")).longValue());
            }
        }
        for (int i = 0; i < 8; i++) {
            boolean exchange = random.nextBoolean();
            Map<String, Object> body = new HashMap<>();
            body.put("fromAccountId", exchange ? euro : cash);
            body.put("toAccountId", exchange ? dollar : euro);
            body.put("amount", amount(random, 5000));
            if (exchange) {
                body.put("toAmount", amount(random, 6000));
            }
            body.put("occurredOn", FIRST.plusDays(30 + random.nextInt(DAYS - 30)).toString());
            Response transfer = Api.jsonAs(token).body(body).post("/api/transfers");
            if (transfer.statusCode() == 201 && i % 3 == 0) {
                Api.jsonAs(token).body(Map.of("occurredOn", FIRST.plusDays(DAYS - 1).toString()))
                        .post("/api/entries/" + transfer.path("from.entry.id") + "/reversal");
            }
        }
        for (int i = 0; i < 6; i++) {
            long entry = entries.get(random.nextInt(entries.size()));
            Map<String, Object> body = random.nextBoolean() ? Map.of()
                    : Map.of("occurredOn", FIRST.plusDays(random.nextInt(DAYS)).toString());
            Api.jsonAs(token).body(body).post("/api/entries/" + entry + "/reversal"); // spent deposits refuse
        }
        List<Map<String, Object>> all = allEntries(token);
        assertThat(all).as("seed %d", seed).hasSizeGreaterThan(60);
        assertThat(all).as("seed %d", seed).anyMatch(e -> e.get("reversalOf") != null);

        for (String query : List.of("from=2024-01-01&to=2025-02-03&interval=day",
                "from=2024-02-10&to=2024-11-20&interval=week", "from=2023-12-15&to=2025-03-01&interval=month",
                "from=2024-03-05&to=2024-03-05&interval=month")) {
            JsonPath report = report(token, query);
            List<String> ends = report.getList("periods.end");
            assertThat(report.getString("converted")).isNull();
            assertThat(balancesOf(report)).as("%s, seed %d", query, seed)
                    .isEqualTo(bruteForce(all, ends, List.of()));
            JsonPath some = report(token, query + "&accountId=" + cash + "&accountId=" + dollar);
            assertThat(balancesOf(some)).as("%s, two accounts, seed %d", query, seed)
                    .isEqualTo(bruteForce(all, ends, List.of(cash, dollar)));
        }
        JsonPath days = report(token, "from=2024-01-01&to=2025-02-03&interval=day");
        assertThat(days.getList("periods")).hasSize(400);
        assertThat(days.getList("periods.start")).isEqualTo(days.getList("periods.end"));
        assertThat(days.getString("weekStartsOn")).isNull();
    }

    @Test
    void convertedValuesUseTheRateOfEachPeriodsLastDayAndNameTheCurrenciesWithout() {
        String token = Api.newUser();
        long euro = openAccount(token, "Euro", "EUR");
        long dollar = openAccount(token, "Dollar", "USD");
        long yen = openAccount(token, "Yen", "JPY");
        post(token, euro, "deposits", "100.00", LocalDate.of(2024, 1, 10)).then().statusCode(201);
        post(token, dollar, "deposits", "10.01", LocalDate.of(2024, 1, 20)).then().statusCode(201);
        post(token, yen, "deposits", "1000", LocalDate.of(2024, 3, 10)).then().statusCode(201);
        // USD into EUR from 1 Feb, changed on 15 Mar; JPY only from 1 Apr
        for (Object[] rate : new Object[][] {{"2024-02-01", "USD", "EUR", "0.915"}, {"2024-03-15", "USD", "EUR",
                "0.905"}, {"2024-04-01", "EUR", "JPY", "160"}}) {
            Api.jsonAs(token).body(Map.of("date", rate[0], "base", rate[1], "quote", rate[2], "rate", rate[3]))
                    .post("/api/rates").then().statusCode(201);
        }
        JsonPath report = report(token, "from=2024-01-01&to=2024-04-15&interval=month&currency=EUR");
        assertThat(report.getString("currency")).isEqualTo("EUR");
        assertThat(report.getList("periods.end")).containsExactly("2024-01-31", "2024-02-29", "2024-03-31",
                "2024-04-15");
        assertThat(balancesOf(report)).isEqualTo(Map.of("EUR", List.of("100.00", "100.00", "100.00", "100.00"),
                "JPY", List.of("0", "0", "1000", "1000"), "USD", List.of("10.01", "10.01", "10.01", "10.01")));
        assertThat(report.getString("converted.currency")).isEqualTo("EUR");
        // January: no USD rate yet. February: 100 + 10.01 × 0.915 = 109.15915 → 109.16. March: JPY has a
        // balance and no rate. April: 100 + 10.01 × 0.905 + 1000 / 160 = 100 + 9.05905 + 6.25 = 115.30905
        assertThat(report.getList("converted.values")).containsExactly(null, "109.16", null, "115.31");
        assertThat(report.getList("converted.missing")).containsExactly(List.of("USD"), List.of(),
                List.of("JPY"), List.of());
        // rounded half-even once, at the target's digits: 10.01 × 0.5 = 5.005 → 5.00
        Api.jsonAs(token).body(Map.of("date", "2024-05-01", "base", "USD", "quote", "EUR", "rate", "0.5"))
                .post("/api/rates").then().statusCode(201);
        JsonPath half = report(token, "from=2024-05-01&to=2024-05-01&interval=day&currency=EUR&accountId=" + dollar);
        assertThat(half.getList("converted.values")).containsExactly("5.00");
        assertThat(half.getList("currencies.currency")).containsExactly("USD");
        JsonPath same = report(token, "from=2024-05-01&to=2024-05-01&interval=day&currency=USD&accountId=" + dollar);
        assertThat(same.getList("converted.values")).containsExactly("10.01");

        System.out.println("net-worth answer: " + Api.as(token).urlEncodingEnabled(false)
                .get("/api/reports/net-worth?from=2024-01-01&to=2024-04-15&interval=month&currency=EUR")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void aWeekEndsOnTheLastDayOfTheUsersWeekAndTheLastPeriodOnTo() {
        String token = Api.newUser();
        Api.jsonAs(token).body(Map.of("locale", "en-US")).patch("/api/me").then().statusCode(200);
        long account = openAccount(token, "Weekly", "EUR");
        post(token, account, "deposits", "5.00", LocalDate.of(2024, 3, 9)).then().statusCode(201);
        post(token, account, "deposits", "7.00", LocalDate.of(2024, 3, 10)).then().statusCode(201);
        JsonPath weeks = report(token, "from=2024-03-04&to=2024-03-12&interval=week&accountId=" + account);
        assertThat(weeks.getString("weekStartsOn")).isEqualTo("sunday");
        assertThat(weeks.getList("periods.end")).containsExactly("2024-03-09", "2024-03-12");
        assertThat(weeks.getList("currencies[0].values")).containsExactly("5.00", "12.00");
    }

    @Test
    void aWithdrawalOnTheLastOfJanuaryInBerlinBelongsToJanuary() {
        String token = Api.newUser();
        Api.jsonAs(token).body(Map.of("timeZone", "Europe/Berlin")).patch("/api/me").then().statusCode(200);
        long account = openAccount(token, "Giro", "EUR");
        post(token, account, "deposits", "50.00", LocalDate.of(2024, 1, 2)).then().statusCode(201);
        post(token, account, "withdrawals", "20.00", LocalDate.of(2024, 1, 31)).then().statusCode(201)
                .body("entry.occurredOn", equalTo("2024-01-31"));
        JsonPath worth = report(token, "from=2024-01-01&to=2024-02-29&interval=month&accountId=" + account);
        assertThat(worth.getList("currencies[0].values")).containsExactly("30.00", "30.00");
        JsonPath days = report(token, "from=2024-01-30&to=2024-02-01&interval=day&accountId=" + account);
        assertThat(days.getList("currencies[0].values")).containsExactly("50.00", "30.00", "30.00");
        JsonPath spending = Api.as(token).get("/api/reports/spending?from=2024-01-01&to=2024-02-29&interval=month"
                + "&accountId=" + account).then().statusCode(200).extract().jsonPath();
        assertThat(spending.getList("currencies[0].totals")).containsExactly("20.00", "0.00");
    }

    @Test
    void anotherUsersAccountIsNotFound() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        long bobs = openAccount(bob, "Bob's", "EUR");
        long alices = openAccount(alice, "Alice's", "EUR");
        Api.as(alice).get("/api/reports/net-worth?from=2024-01-01&to=2024-12-31&interval=month&accountId="
                        + alices + "&accountId=" + bobs)
                .then().statusCode(404).contentType("application/problem+json");
        Api.as(alice).get("/api/reports/net-worth?from=2024-01-01&to=2024-12-31&interval=month&accountId=" + alices)
                .then().statusCode(200);
    }

    @Test
    void theNewReportsAreInTheOpenApiDocument() {
        JsonPath openApi = io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        assertThat(openApi.getString("paths.'/api/reports/net-worth'.get.summary")).contains("balances");
        assertThat(openApi.getMap("components.schemas")).containsKeys("NetWorthReport", "SpendingReport",
                "PayeeGroup", "TagGroup");
        assertThat(openApi.getString("paths.'/api/reports/spending'.get.responses.'200'.content.'application/json'"
                + ".schema.'$ref'")).endsWith("/SpendingReport");
    }

    @Test
    void badRequestsAreRefusedWithTheFieldsAtFault() {
        String token = Api.newUser();
        Api.as(token).get("/api/reports/net-worth?from=2024-01-01&to=2024-12-31&interval=year").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("interval"));
        Api.as(token).get("/api/reports/net-worth?from=2024-01-01&to=2024-12-31&interval=day&currency=EURO").then()
                .statusCode(400).body("errors[0].field", equalTo("currency"));
        Api.as(token).get("/api/reports/net-worth?from=2014-01-01&to=2024-01-01&interval=day").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        Api.as(token).get("/api/reports/net-worth?from=2014-01-02&to=2024-01-01&interval=day").then()
                .statusCode(200).body("periods.size()", equalTo(3652));
    }
}
