package app.ledger.report;

import static app.ledger.support.Ledger.openAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.journal.SearchText;
import app.ledger.money.Money;
import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SpendingByPayeeAndTagTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 500;
    private static final List<String> PAYEES = Arrays.asList(null, "Bakery", "bakery", "Rent Co", "Straße Café",
            "STRASSE CAFÉ");
    private static final List<String> TAGS = List.of("food", "Home", "trip", "Fun");
    /** The key of the group of entries without a payee or tag, in these tests' maps. */
    private static final String NONE = "(none)";

    private static JsonPath report(String token, String query) {
        return Api.as(token).urlEncodingEnabled(false).get("/api/reports/spending?" + query).then()
                .statusCode(200).extract().jsonPath();
    }

    private static Response post(String token, long account, String kind, String amount, LocalDate day,
            String payee, List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("occurredOn", day.toString());
        body.put("payee", payee);
        body.put("tags", tags);
        return Ledger.post(token, account, kind, body, null);
    }

    private static List<String> someTags(Random random) {
        List<String> tags = new ArrayList<>();
        for (String tag : TAGS) {
            if (random.nextInt(3) == 0) {
                tags.add(random.nextBoolean() ? tag : tag.toUpperCase());
            }
        }
        return tags;
    }


    /**
     * Spending per currency and folded payee or tag, from the entries as the history shows them: a
     * withdrawal is spent, a deposit that reverses one takes it back on its own day; with {@code byTag} an
     * entry counts once in each of its tags.
     */
    private static Map<String, Map<String, List<String>>> bruteForce(List<Map<String, Object>> entries,
            List<Map<String, Object>> periods, boolean byTag) {
        Map<String, Map<String, long[]>> spent = new TreeMap<>();
        int count = periods.size();
        for (Map<String, Object> entry : entries) {
            String code = (String) entry.get("currency");
            String type = (String) entry.get("type");
            boolean reversal = entry.get("reversalOf") != null;
            boolean expense = type.equals("withdrawal") && !reversal || type.equals("deposit") && reversal;
            LocalDate day = LocalDate.parse((String) entry.get("occurredOn"));
            int period = -1;
            for (int i = 0; i < count; i++) {
                if (!day.isBefore(LocalDate.parse((String) periods.get(i).get("start")))
                        && !day.isAfter(LocalDate.parse((String) periods.get(i).get("end")))) {
                    period = i;
                }
            }
            spent.computeIfAbsent(code, c -> new TreeMap<>());
            if (!expense || period < 0) {
                continue;
            }
            long amount = Money.parse((String) entry.get("amount"), Currency.getInstance(code)).money()
                    .orElseThrow().minor();
            long signed = reversal ? -amount : amount;
            List<String> keys = new ArrayList<>();
            if (byTag) {
                @SuppressWarnings("unchecked")
                List<String> tags = (List<String>) entry.get("tags");
                tags.forEach(tag -> keys.add(SearchText.fold(tag)));
                if (keys.isEmpty()) {
                    keys.add(NONE);
                }
            } else {
                String payee = (String) entry.get("payee");
                keys.add(payee == null ? NONE : SearchText.fold(payee));
            }
            for (String key : keys) {
                spent.get(code).computeIfAbsent(key, k -> new long[count])[period] += signed;
            }
        }
        Map<String, Map<String, List<String>>> formatted = new TreeMap<>();
        spent.forEach((code, groups) -> {
            Map<String, List<String>> values = new TreeMap<>();
            groups.forEach((key, minor) -> {
                if (Arrays.stream(minor).anyMatch(v -> v != 0)) {
                    values.put(key, Arrays.stream(minor).mapToObj(v -> Money.format(v, Currency.getInstance(code)))
                            .toList());
                }
            });
            formatted.put(code, values);
        });
        return formatted;
    }

    /** The groups of the report by folded payee or tag; checks each currency's order and totals on the way. */
    private static Map<String, Map<String, List<String>>> groupsOf(JsonPath report, String field,
            Map<String, List<String>> totals) {
        Map<String, Map<String, List<String>>> result = new TreeMap<>();
        List<Map<String, Object>> currencies = report.getList("currencies");
        for (Map<String, Object> currency : currencies) {
            String code = (String) currency.get("currency");
            Map<String, List<String>> groups = new TreeMap<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) currency.get("groups");
            List<java.math.BigDecimal> order = new ArrayList<>();
            for (Map<String, Object> group : list) {
                assertThat(group).containsOnlyKeys(field, "values", "total");
                String name = (String) group.get(field);
                @SuppressWarnings("unchecked")
                List<String> values = (List<String>) group.get("values");
                String key = name == null ? NONE : SearchText.fold(name);
                assertThat(groups).as("one group per payee or tag regardless of case").doesNotContainKey(key);
                groups.put(key, values);
                order.add(new java.math.BigDecimal((String) group.get("total")));
            }
            assertThat(order).as("largest total first").isSortedAccordingTo((a, b) -> b.compareTo(a));
            @SuppressWarnings("unchecked")
            List<String> currencyTotals = (List<String>) currency.get("totals");
            totals.put(code, currencyTotals);
            result.put(code, groups);
        }
        return result;
    }

    private static void assertEqualsBruteForce(long seed, String token, List<Map<String, Object>> entries,
            String range) {
        for (String interval : List.of("week", "month", "year")) {
            String query = range + "&interval=" + interval;
            Map<String, List<String>> categoryTotals = new TreeMap<>();
            JsonPath byCategory = report(token, query);
            for (Map<String, Object> currency : byCategory.<Map<String, Object>>getList("currencies")) {
                @SuppressWarnings("unchecked")
                List<String> totals = (List<String>) currency.get("totals");
                categoryTotals.put((String) currency.get("currency"), totals);
            }
            for (String field : List.of("payee", "tag")) {
                JsonPath report = report(token, query + "&groupBy=" + field);
                assertThat(report.getString("groupBy")).isEqualTo(field);
                Map<String, List<String>> totals = new TreeMap<>();
                assertThat(groupsOf(report, field, totals)).as("by %s, %s, seed %d", field, query, seed)
                        .isEqualTo(bruteForce(entries, report.getList("periods"), field.equals("tag")));
                assertThat(totals).as("totals by %s are what was spent, %s, seed %d", field, query, seed)
                        .isEqualTo(categoryTotals);
            }
        }
    }

    @Test
    void spendingByPayeeAndByTagEqualsABruteForceSumAfterReversalsAndEdits() {
        long seed = Long.getLong("reports.seed", System.nanoTime()); // -Dreports.seed=… repeats a run
        Random random = new Random(seed);
        String token = Api.newUser();
        long euro = openAccount(token, "Euro", "EUR");
        long dollar = openAccount(token, "Dollar", "USD");
        List<Long> accounts = List.of(euro, dollar);
        List<Long> written = new ArrayList<>();
        for (long account : accounts) {
            post(token, account, "deposits", "9000.00", FIRST, "Employer", List.of("salary")).then().statusCode(201);
        }
        for (int i = 0; i < 60; i++) {
            long account = accounts.get(random.nextInt(accounts.size()));
            int cents = 1 + random.nextInt(5000);
            String amount = cents / 100 + "." + String.format("%02d", cents % 100);
            String kind = random.nextInt(5) == 0 ? "deposits" : "withdrawals";
            Response posted = post(token, account, kind, amount, FIRST.plusDays(random.nextInt(DAYS)),
                    PAYEES.get(random.nextInt(PAYEES.size())), someTags(random));
            written.add(((Number) posted.then().statusCode(201).extract().path("entry.id")).longValue());
        }
        List<Long> reversals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long entry = written.get(random.nextInt(written.size()));
            Map<String, Object> body = random.nextBoolean() ? Map.of()
                    : Map.of("occurredOn", FIRST.plusDays(DAYS - 1 - random.nextInt(30)).toString());
            Response reversed = Api.jsonAs(token).body(body).post("/api/entries/" + entry + "/reversal");
            if (reversed.statusCode() == 201) {
                reversals.add(((Number) reversed.path("entry.id")).longValue());
            }
        }
        // edits move amounts between payees and tags: of plain entries, of reversed ones and of reversals
        List<Long> edited = new ArrayList<>(written.subList(0, 15));
        edited.addAll(reversals);
        for (long entry : edited) {
            Map<String, Object> body = new HashMap<>();
            if (random.nextBoolean()) {
                body.put("payee", PAYEES.get(random.nextInt(PAYEES.size())));
            }
            if (random.nextBoolean() || body.isEmpty()) {
                body.put("tags", someTags(random));
            }
            Api.jsonAs(token).body(body).patch("/api/entries/" + entry).then().statusCode(200);
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        accounts.forEach(account -> entries.addAll(Ledger.history(token, account)));
        assertThat(entries).as("seed %d", seed).anyMatch(e -> e.get("reversalOf") != null);

        assertEqualsBruteForce(seed, token, entries, "from=" + FIRST + "&to=" + FIRST.plusDays(DAYS - 1));
        assertEqualsBruteForce(seed, token, entries, "from=2024-02-15&to=2025-03-10");
        assertEqualsBruteForce(seed, token, entries, "from=2024-05-03&to=2024-05-20");
    }

    @Test
    void anEntryWithTwoTagsCountsInBothGroupsAndOnceInTheTotals() {
        String token = Api.newUser();
        long account = openAccount(token, "Giro", "EUR");
        post(token, account, "deposits", "100.00", FIRST, null, List.of()).then().statusCode(201);
        post(token, account, "withdrawals", "30.00", FIRST.plusDays(3), "Corner Shop", List.of("Food", "home"))
                .then().statusCode(201);
        post(token, account, "withdrawals", "5.00", FIRST.plusDays(4), null, List.of()).then().statusCode(201);
        post(token, account, "withdrawals", "2.50", FIRST.plusDays(40), "corner shop", List.of("food"))
                .then().statusCode(201);
        String range = "from=2024-01-01&to=2024-02-29&interval=month&accountId=" + account;

        JsonPath tags = report(token, range + "&groupBy=tag");
        assertThat(tags.getList("currencies[0].groups.tag")).containsExactly("food", "home", null);
        assertThat(tags.getList("currencies[0].groups.total")).containsExactly("32.50", "30.00", "5.00");
        assertThat(tags.getList("currencies[0].groups[0].values")).containsExactly("30.00", "2.50");
        assertThat(tags.getList("currencies[0].totals")).containsExactly("35.00", "2.50");

        JsonPath payees = report(token, range + "&groupBy=payee");
        // one group regardless of case, spelled as the latest entry in the latest month with any
        assertThat(payees.getList("currencies[0].groups.payee")).containsExactly("corner shop", null);
        assertThat(payees.getList("currencies[0].groups.total")).containsExactly("32.50", "5.00");
        assertThat(payees.getList("currencies[0].totals")).containsExactly("35.00", "2.50");
        String body = Api.as(token).get("/api/reports/spending?" + range + "&groupBy=payee").asString();
        assertThat(body).contains("\"payee\":null").doesNotContain("\"category\"").doesNotContain("\"tag\"");
    }

    @Test
    void aWithdrawalOnTheLastOfJanuaryInBerlinIsJanuarysSpendingForItsPayeeAndTag() {
        String token = Api.newUser();
        Api.jsonAs(token).body(Map.of("timeZone", "Europe/Berlin")).patch("/api/me").then().statusCode(200);
        long account = openAccount(token, "Giro", "EUR");
        post(token, account, "deposits", "50.00", FIRST, null, List.of()).then().statusCode(201);
        post(token, account, "withdrawals", "20.00", LocalDate.of(2024, 1, 31), "Late Bar", List.of("night"))
                .then().statusCode(201).body("entry.occurredOn", equalTo("2024-01-31"));
        for (String field : List.of("payee", "tag")) {
            JsonPath report = report(token, "from=2024-01-01&to=2024-02-29&interval=month&groupBy=" + field);
            assertThat(report.getList("currencies[0].groups." + field)).containsExactly(field.equals("payee")
                    ? "Late Bar" : "night");
            assertThat(report.getList("currencies[0].groups[0].values")).containsExactly("20.00", "0.00");
        }
    }

    @Test
    void anUnknownGroupingIsRefused() {
        String token = Api.newUser();
        Api.as(token).get("/api/reports/spending?from=2024-01-01&to=2024-02-01&interval=month&groupBy=account")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("groupBy"));
    }
}
