package app.ledger.journal.history;

import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.openAccount;
import static app.ledger.support.Ledger.transfer;
import static app.ledger.support.Ledger.withdraw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import app.ledger.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryTest {

    private String token;
    private long account;

    @BeforeEach
    void aHistoryOfTwentyFiveDepositsAndSomeWithdrawals() {
        token = Api.newUser();
        account = mainAccount(token);
        for (int i = 1; i <= 25; i++) {
            Ledger.post(token, account, "deposits", Map.of("amount", i + ".00", "description",
                    i % 5 == 0 ? "Salary " + i : "coffee " + i), null).then().statusCode(201);
        }
        withdraw(token, account, "7.50").then().statusCode(201);
        Ledger.post(token, account, "withdrawals", Map.of("amount", "0.50", "description", "100% pure_juice"), null)
                .then().statusCode(201);
    }

    private JsonPath page(String query) {
        return Api.as(token).get("/api/accounts/" + account + "/transactions" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void pagesWalkTheWholeHistoryNewestFirstWithoutGapsOrRepeats() {
        List<Integer> seqs = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = page("?limit=10" + (cursor == null ? "" : "&cursor=" + cursor));
            seqs.addAll(page.getList("items.seq"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seqs).hasSize(27);
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(27 - i);
        }
    }

    @Test
    void eachRowCarriesItsBalanceAfter() {
        JsonPath page = page("?limit=3");
        assertThat(page.getList("items.type")).containsExactly("withdrawal", "withdrawal", "deposit");
        assertThat(page.getList("items.balanceAfter")).containsExactly("317.00", "317.50", "325.00");
        assertThat(page.getString("nextCursor")).isNotBlank();
    }

    @Test
    void theDefaultPageHas50RowsAndLimitsAreChecked() {
        assertThat(page("").getList("items")).hasSize(27);
        Api.as(token).get("/api/accounts/" + account + "/transactions?limit=201").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        Api.as(token).get("/api/accounts/" + account + "/transactions?limit=0").then().statusCode(400);
        Api.as(token).get("/api/accounts/" + account + "/transactions?cursor=abc").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        Api.as(token).get("/api/accounts/" + account + "/transactions?type=refund").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        Api.as(token).get("/api/accounts/" + account + "/transactions?from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.as(token).get("/api/accounts/" + account + "/transactions?minAmount=1.001").then().statusCode(400)
                .body("errors[0].field", equalTo("minAmount"));
    }

    @Test
    void filtersByTypeTextAndAmount() {
        assertThat(page("?type=withdrawal").getList("items.amount")).containsExactly("0.50", "7.50");
        assertThat(page("?type=withdrawal,deposit").getList("items")).hasSize(27);
        assertThat(page("?q=salary").getList("items.description"))
                .containsExactly("Salary 25", "Salary 20", "Salary 15", "Salary 10", "Salary 5");
        assertThat(Api.as(token).queryParam("q", "100%").get("/api/accounts/" + account + "/transactions")
                .jsonPath().getList("items.description")).containsExactly("100% pure_juice");
        assertThat(page("?q=_").getList("items.description")).containsExactly("100% pure_juice");
        assertThat(page("?minAmount=20.00&maxAmount=22").getList("items.amount"))
                .containsExactly("22.00", "21.00", "20.00");
        assertThat(page("?type=deposit&q=coffee&limit=2").getString("nextCursor")).isNotNull();
    }

    @Test
    void textSearchIgnoresCaseBeyondAsciiAndKeepsWildcardsLiteral() {
        for (String description : List.of("CAFÉ CRÈME", "Straße 5", "İSTANBUL trip", "ΟΔΟΣ", "50% off_sale")) {
            Ledger.post(token, account, "deposits", Map.of("amount", "1.00", "description", description), null)
                    .then().statusCode(201);
        }
        for (String q : List.of("café", "CAFÉ", "Café Crème", "cafe\u0301", "CAFE\u0301 CRE\u0300ME", "crème")) {
            assertThat(search(q)).as(q).containsExactly("CAFÉ CRÈME");
        }
        assertThat(search("cafe")).as("accents still count").isEmpty();
        assertThat(search("STRASSE")).containsExactly("Straße 5");
        assertThat(search("straße")).containsExactly("Straße 5");
        assertThat(search("istanbul")).containsExactly("İSTANBUL trip");
        assertThat(search("οδοσ")).containsExactly("ΟΔΟΣ");
        assertThat(search("SALARY 2")).containsExactly("Salary 25", "Salary 20");
        assertThat(search("0% off")).containsExactly("50% off_sale");
        assertThat(search("%")).containsExactly("50% off_sale", "100% pure_juice");
        assertThat(search("f_s")).containsExactly("50% off_sale");
        assertThat(search("o%f")).isEmpty();
        assertThat(search("c_fé")).isEmpty();
        assertThat(search("％")).as("a full-width percent sign folds to a literal %")
                .containsExactly("50% off_sale", "100% pure_juice");
    }

    private List<String> search(String q) {
        return Api.as(token).queryParam("q", q).get("/api/accounts/" + account + "/transactions?limit=200")
                .then().statusCode(200).extract().jsonPath().getList("items.description");
    }

    @Test
    void filtersByTimeRange() {
        List<String> times = page("?limit=27").getList("items.createdAt");
        String newest = times.get(0);
        String third = times.get(2);
        assertThat(page("?from=" + third).getList("items")).hasSize(3);
        assertThat(page("?to=" + third).getList("items")).hasSize(24);
        assertThat(page("?from=" + third + "&to=" + newest).getList("items")).hasSize(2);
        assertThat(page("?from=" + Instant.now().plusSeconds(60)).getList("items")).isEmpty();
        Api.as(token).get("/api/accounts/" + account + "/transactions?from=" + newest + "&to=" + third)
                .then().statusCode(400).body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("The start date must be on or before the end date."))
                .body("detail", equalTo("The start date must be on or before the end date."));
        assertThat(page("?from=" + third + "&to=" + third).getList("items")).as("the end is exclusive").isEmpty();
    }

    @Test
    void timesBeyondWhatTheLedgerCanHoldAreRefusedNotAServerError() {
        for (String far : List.of("+300000-01-01T00:00:00Z", "-300000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
                "-0001-12-31T23:59:59Z", "+1000000000-12-31T23:59:59.999999999Z")) {
            for (String field : List.of("from", "to")) {
                Api.as(token).queryParam(field, far).get("/api/accounts/" + account + "/transactions")
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("type", equalTo("/problems/invalid-input"))
                        .body("errors[0].field", equalTo(field));
                Api.as(token).queryParam(field, far).get("/api/accounts/" + account + "/transactions.csv")
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo(field));
            }
        }
        assertThat(Api.as(token).queryParam("from", "0000-01-01T00:00:00Z").queryParam("to", "9999-12-31T23:59:59Z")
                .get("/api/accounts/" + account + "/transactions?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items")).hasSize(27);
        assertThat(Api.as(token).queryParam("from", "1600-01-01T00:00:00Z").queryParam("to", "2300-01-01T00:00:00Z")
                .get("/api/accounts/" + account + "/transactions.csv").then().statusCode(200)
                .extract().asString().split("\r\n")).hasSize(28);
    }

    @Test
    void anotherUsersHistoryIsNotFoundWhicheverFiltersAndOrderAreAsked() {
        String other = Api.newUser();
        String history = "/api/accounts/" + account + "/transactions";
        for (String query : List.of("", "?order=recorded", "?limit=5&q=rent", "?minAmount=1.00",
                "?from=2020-01-01&to=2030-12-31")) {
            Api.as(other).get(history + query).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("/problems/account-not-found"))
                    .body(not(containsString("balance")));
        }
        Api.as(token).get("/api/accounts/999999999/transactions").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theCsvExportChecksEverythingBeforeItsFirstByte() {
        String csv = "/api/accounts/" + account + "/transactions.csv";
        Api.as(token).get(csv + "?minAmount=1.001").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("minAmount"));
        Api.as(token).get(csv + "?maxAmount=abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("maxAmount"));
        Api.as(token).get(csv + "?type=refund").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        long yen = openAccount(token, "Yen", "JPY");
        Api.as(token).get("/api/accounts/" + yen + "/transactions.csv?minAmount=1.5").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("minAmount"));
        String other = Api.newUser();
        Api.as(other).get(csv).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/account-not-found"));
        Api.as(token).get("/api/accounts/999999999/transactions.csv").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void transfersShowUpOnBothSides() {
        long savings = openAccount(token, "Savings", "USD");
        transfer(token, account, savings, "1.00").then().statusCode(201);
        assertThat(page("?type=transfer_out").getList("items.counterpartAccountId")).containsExactly((int) savings);
        Api.as(token).get("/api/accounts/" + savings + "/transactions").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].type", equalTo("transfer_in"))
                .body("nextCursor", nullValue());
    }

    @Test
    void csvExportIsRfc4180AndNeutralisesFormulas() {
        int formula = Api.jsonAs(token).body(Map.of("name", "@SUM(A1)", "kind", "income"))
                .post("/api/categories").then().statusCode(201).extract().path("id");
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00", "description", "=HYPERLINK(\"x\"),evil",
                "categoryId", formula, "tags", List.of("-a", "b")), null).then().statusCode(201);
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00", "description", "+1\r\nline two"), null)
                .then().statusCode(201);
        var response = Api.as(token).get("/api/accounts/" + account + "/transactions.csv");
        response.then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; "));
        String csv = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,seq,created_at,type,amount,currency,balance_after,description,category,"
                + "transfer_id,occurred_on,payee,tags,notes,reversal_of,reversed_by,rate,counter_amount,"
                + "counter_currency,running_balance,counterpart_account\r\n");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"x\"\"),evil\",'@SUM(A1),");
        assertThat(csv).containsPattern(",'@SUM\\(A1\\),,\\d{4}-\\d{2}-\\d{2},,'-a; b,,,,,,,[0-9.]+,\r\n");
        assertThat(csv).contains(",\"'+1\r\nline two\",");
        assertThat(csv).containsPattern(",-7\\.50,USD,317\\.50,,,,\\d{4}-\\d{2}-\\d{2},,,,,,,,,317\\.50,\r\n");
        assertThat(csv.split("\r\n(?=\\d)")).hasSize(1 + 29);
        String filtered = Api.as(token).get("/api/accounts/" + account + "/transactions.csv?type=withdrawal")
                .asString();
        assertThat(filtered.split("\r\n")).hasSize(3);
    }

    @Test
    void csvAmountsAreSignedNumbersAsTheyChangedTheBalance() {
        long savings = openAccount(token, "Savings", "USD");
        transfer(token, account, savings, "2.25").then().statusCode(201);
        String csv = Api.as(token).get("/api/accounts/" + account + "/transactions.csv").asString();
        assertThat(csv).contains(",transfer_out,-2.25,USD,314.75,");
        assertThat(csv).contains(",withdrawal,-0.50,USD,317.00,100% pure_juice,,,");
        assertThat(csv).contains(",withdrawal,-7.50,USD,317.50,,,,");
        assertThat(csv).contains(",deposit,25.00,USD,325.00,Salary 25,,,");
        assertThat(Api.as(token).get("/api/accounts/" + savings + "/transactions.csv").asString())
                .contains(",transfer_in,2.25,USD,2.25,");
    }

    /** The export's Content-Disposition, and the days (UTC) it may name: today, or tomorrow past midnight. */
    private List<String> dispositionAndDays(long accountId) {
        String before = LocalDate.now(ZoneOffset.UTC).toString();
        String disposition = Api.as(token).get("/api/accounts/" + accountId + "/transactions.csv")
                .then().statusCode(200).extract().header("Content-Disposition");
        return List.of(disposition, before, LocalDate.now(ZoneOffset.UTC).toString());
    }

    @Test
    void csvFileIsNamedAfterTheAccountAndToday() {
        List<String> main = dispositionAndDays(account);
        assertThat(main.get(0)).isIn(main.subList(1, 3).stream()
                .map(day -> "attachment; filename=\"Main-" + day + ".csv\"; filename*=UTF-8''Main-" + day + ".csv")
                .toList());

        long named = openAccount(token, "Café \"Zürich\"; a/b\\c €", "EUR");
        List<String> other = dispositionAndDays(named);
        assertThat(other.get(0)).isIn(other.subList(1, 3).stream()
                .map(day -> "attachment; filename=\"Caf_ _Z_rich__ a_b_c _-" + day + ".csv\"; "
                        + "filename*=UTF-8''Caf%C3%A9%20_Z%C3%BCrich_%3B%20a_b_c%20%E2%82%AC-" + day + ".csv")
                .toList());
    }

    @Test
    void csvExportStreamsHistoriesLongerThanOneChunk() {
        String heavy = Api.newUser();
        long big = mainAccount(heavy);
        int count = HistoryService.EXPORT_CHUNK * 2 + 37;
        List<Integer> statuses = Parallel.run(count, 32, i -> deposit(heavy, big, "0.01").statusCode());
        assertThat(statuses).containsOnly(201);
        String csv = Api.as(heavy).get("/api/accounts/" + big + "/transactions.csv").asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(count + 1);
        assertThat(lines[1]).startsWith(lines[1].split(",")[0] + "," + count + ",");
        assertThat(lines[count]).contains(",1,").contains(",0.01,USD,0.01,");
        assertThat(Api.as(heavy).get("/api/accounts/" + big + "/transactions?limit=200").jsonPath()
                .getList("items")).hasSize(200);
    }

    @Test
    void historyOfAnEmptyAccountIsEmpty() {
        long empty = openAccount(token, "Empty", "EUR");
        Api.as(token).get("/api/accounts/" + empty + "/transactions").then().statusCode(200)
                .body("items", hasSize(0)).body("nextCursor", nullValue());
        assertThat(new String(Api.as(token).get("/api/accounts/" + empty + "/transactions.csv").asByteArray(),
                StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFid,seq,created_at,type,amount,currency,balance_after,description,category,"
                        + "transfer_id,occurred_on,payee,tags,notes,reversal_of,reversed_by,rate,counter_amount,"
                        + "counter_currency,running_balance,counterpart_account\r\n");
    }

    @Test
    void depositsOfOneUserAreNotInAnotherUsersHistory() {
        String other = Api.newUser();
        deposit(other, mainAccount(other), "99.00").then().statusCode(201);
        assertThat(page("?limit=200").getList("items.amount")).doesNotContain("99.00");
        assertThat(page("?limit=200").getList("items.accountId")).containsOnly((int) account);
        Api.as(other).get("/api/accounts/" + mainAccount(other) + "/transactions").then()
                .body("items.amount", hasItem("99.00")).body("items", hasSize(1));
    }
}
