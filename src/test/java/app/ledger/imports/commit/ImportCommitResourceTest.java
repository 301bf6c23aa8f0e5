package app.ledger.imports.commit;

import static app.ledger.imports.commit.Previews.Row.duplicate;
import static app.ledger.imports.commit.Previews.Row.fresh;
import static app.ledger.imports.commit.Previews.Row.invalid;
import static app.ledger.support.Ledger.balance;
import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.verify;
import static app.ledger.support.Ledger.withdraw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import app.ledger.support.Parallel;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportCommitResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private Database db;
    private Previews previews;

    @BeforeEach
    void setUp() {
        db = new Database(dataSource);
        previews = new Previews(dataSource);
    }

    static Response commit(String token, long importId, Object body) {
        return Api.jsonAs(token).body(body).post("/api/imports/" + importId + "/commit");
    }

    static Response commit(String token, long importId) {
        return commit(token, importId, Map.of());
    }

    static Response delete(String token, long importId) {
        return Api.as(token).delete("/api/imports/" + importId);
    }

    private List<Map<String, Object>> entries(long account) {
        return db.rows("SELECT id, seq, type, amount_minor, occurred_on, payee, description, category_id, import_id, "
                + "bank_reference, reversal_of, reversed_by FROM entries WHERE account_id = ? ORDER BY seq", account);
    }

    private Map<String, Object> importRow(long importId) {
        return db.rows("SELECT status, imported_rows, committed_at, undone_at FROM imports WHERE id = ?", importId)
                .get(0);
    }

    @Test
    void commitWritesTheNewRowsInDateOrderThenFileOrderWithTheImportAndBankReference() {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "50.00").then().statusCode(201);
        long importId = previews.insert(account, List.of(
                fresh("2026-06-03", "100.00", "Employer").withReference("FIT-1"),
                fresh("2026-06-01", "-20.00", "Bakery").withReference("FIT-2"),
                duplicate("2026-06-02", "-5.00", "Coffee"),
                invalid(),
                fresh("2026-06-01", "-10.00", "Kiosk")));

        commit(token, importId).then().statusCode(200)
                .body("id", equalTo((int) importId))
                .body("status", equalTo("committed"))
                .body("imported", equalTo(3))
                .body("balance", equalTo("120.00"));

        List<Map<String, Object>> entries = entries(account);
        assertThat(entries).hasSize(4);
        assertThat(entries.subList(1, 4)).extracting(e -> e.get("payee") + " " + e.get("type") + " "
                        + e.get("amount_minor") + " " + e.get("import_id") + " " + e.get("bank_reference"))
                .containsExactly("Bakery withdrawal 2000 " + importId + " FIT-2",
                        "Kiosk withdrawal 1000 " + importId + " null",
                        "Employer deposit 10000 " + importId + " FIT-1");
        assertThat(entries.get(0).get("import_id")).isNull();
        assertThat(balance(token, account)).isEqualTo("120.00");
        verify(token, account).then().statusCode(200).body("ok", equalTo(true)).body("entriesChecked", equalTo(4));
        assertThat(Ledger.history(token, account)).extracting(e -> e.get("payee"))
                .containsExactlyInAnyOrder(null, "Bakery", "Kiosk", "Employer");
        Map<String, Object> stored = importRow(importId);
        assertThat(stored.get("status")).isEqualTo("committed");
        assertThat(stored.get("imported_rows")).isEqualTo(3L);
        assertThat(stored.get("committed_at")).isNotNull();
        // the day totals that the balance series and history's running balance read
        assertThat(db.count("SELECT net_minor FROM account_day_totals WHERE account_id = ? AND day = ?", account,
                java.time.LocalDate.parse("2026-06-01").toEpochDay())).isEqualTo(-3000);
        // payee suggestions learn the statement's payees
        assertThat(Api.as(token).get("/api/payees?q=kio").then().statusCode(200).extract().jsonPath()
                .getList("name", String.class)).contains("Kiosk");
    }

    @Test
    void aWithdrawalTheBalanceWouldNotCoverRefusesTheWholeImportAndChangesNothing() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long importId = previews.insert(account, List.of(
                fresh("2026-06-01", "10.00", "Refund"),
                fresh("2026-06-02", "-30.00", "Rent"),
                fresh("2026-06-03", "-1.00", "Coffee")), "100.00", "2026-05-31");

        commit(token, importId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("/problems/insufficient-funds"))
                .body("detail", containsString("Row 2 (2026-06-02)"))
                .body("detail", containsString("opening balance of 100.00 USD on 2026-05-31"))
                .body("row", equalTo(2))
                .body("occurredOn", equalTo("2026-06-02"))
                .body("balance", equalTo("10.00"))
                .body("amount", equalTo("30.00"))
                .body("openingBalanceOffered", equalTo(true));

        assertThat(entries(account)).isEmpty();
        assertThat(balance(token, account)).isEqualTo("0.00");
        assertThat(importRow(importId).get("status")).isEqualTo("previewed");
        assertThat(db.count("SELECT count(*) FROM account_day_totals WHERE account_id = ?", account)).isZero();
        assertThat(db.count("SELECT count(*) FROM payees WHERE folded = 'refund'")).isZero();

        // with the statement's opening balance first it goes in
        commit(token, importId, Map.of("openingBalance", true)).then().statusCode(200)
                .body("imported", equalTo(4)).body("balance", equalTo("79.00"));
        List<Map<String, Object>> entries = entries(account);
        assertThat(entries.get(0)).containsEntry("description", "Opening balance").containsEntry("type", "deposit")
                .containsEntry("amount_minor", 10000L).containsEntry("import_id", importId)
                .containsEntry("occurred_on", java.time.LocalDate.parse("2026-05-31").toEpochDay());
        verify(token, account).then().body("ok", equalTo(true));
    }

    @Test
    void withoutAnOpeningBalanceOfferedTheRefusalSaysWhatElseHelps() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long importId = previews.insert(account, List.of(fresh("2026-06-02", "-30.00", "Rent")));

        commit(token, importId).then().statusCode(409)
                .body("detail", containsString("Row 1 (2026-06-02)"))
                .body("detail", containsString("Record the money that was in the account"))
                .body("openingBalanceOffered", equalTo(false));
        commit(token, importId, Map.of("openingBalance", true)).then().statusCode(400)
                .body("errors[0].field", equalTo("openingBalance"));
    }

    @Test
    void aSecondCommitIsRefusedAndWritesNothing() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long importId = previews.insert(account, List.of(fresh("2026-06-01", "5.00", "Gift")));
        commit(token, importId).then().statusCode(200);

        commit(token, importId).then().statusCode(409)
                .body("type", containsString("/problems/import-not-previewed"))
                .body("status", equalTo("committed"));
        assertThat(entries(account)).hasSize(1);
    }

    @Test
    void skipAndIncludeChooseTheRows() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long importId = previews.insert(account, List.of(
                fresh("2026-06-01", "5.00", "One"),
                duplicate("2026-06-01", "6.00", "Two"),
                fresh("2026-06-01", "7.00", "Three"),
                duplicate("2026-06-01", "8.00", "Four")));

        commit(token, importId, Map.of("skip", List.of(3), "include", List.of(2, 2))).then().statusCode(200)
                .body("imported", equalTo(2)).body("balance", equalTo("11.00"));
        assertThat(entries(account)).extracting(e -> e.get("payee")).containsExactly("One", "Two");
    }

    @Test
    void unknownAndInvalidRowNumbersAreRefusedByName() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long importId = previews.insert(account, List.of(fresh("2026-06-01", "5.00", "One"), invalid()));

        commit(token, importId, Map.of("include", List.of(2, 99), "skip", List.of(0)))
                .then().statusCode(400)
                .body("type", containsString("/problems/invalid-input"))
                .body("detail", containsString("Row 99 is not in this import"))
                .body("detail", containsString("Row 0 is not in this import"));
        commit(token, importId, Map.of("include", List.of(2))).then().statusCode(400)
                .body("detail", containsString("Row 2 could not be read"));
        commit(token, importId, Map.of("include", List.of(1), "skip", List.of(1))).then().statusCode(400)
                .body("detail", containsString("Row 1 is both skipped and included"));
        commit(token, importId, Map.of("skip", List.of(1, 2, 1))).then().statusCode(400)
                .body("detail", containsString("at most once"));
        commit(token, importId, Map.of("skip", List.of(1))).then().statusCode(400)
                .body("detail", containsString("No row is left to import"));
        assertThat(entries(account)).isEmpty();
        assertThat(importRow(importId).get("status")).isEqualTo("previewed");
    }

    @Test
    void categoriesAreMatchedByNameAndKind() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long groceries = category(token, "Groceries", "expense");
        long salary = category(token, "Salary", "income");
        long food = category(token, "Food", "expense");
        long bakery = subCategory(token, "Bakery", food);
        long importId = previews.insert(account, List.of(
                fresh("2026-06-01", "100.00", "Employer").withCategory("salary"),
                fresh("2026-06-02", "-12.00", "Shop").withCategory("GROCERIES"),
                fresh("2026-06-02", "-3.00", "Bank").withCategory("Salary"),
                fresh("2026-06-02", "-2.00", "Baker").withCategory("Food:Bakery"),
                fresh("2026-06-02", "-1.00", "Else").withCategory("Unknown")));

        commit(token, importId).then().statusCode(200);

        Map<Object, Object> categoryByPayee = new HashMap<>();
        entries(account).forEach(e -> categoryByPayee.put(e.get("payee"), e.get("category_id")));
        assertThat(categoryByPayee).containsEntry("Employer", salary).containsEntry("Shop", groceries)
                .containsEntry("Bank", null).containsEntry("Baker", bakery).containsEntry("Else", null);
    }

    @Test
    void theSpendingReportAndTheBudgetCountTheImportedRows() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long groceries = category(token, "Groceries", "expense");
        long budget = ((Number) Api.jsonAs(token).body(Map.of("categoryId", groceries, "amount", "50.00",
                "currency", "USD", "period", "month")).post("/api/budgets").then().statusCode(201).extract()
                .path("id")).longValue();
        long importId = previews.insert(account, List.of(
                fresh("2026-06-01", "500.00", "Employer"),
                fresh("2026-06-02", "-30.00", "Shop").withCategory("Groceries"),
                fresh("2026-06-20", "-25.50", "Market").withCategory("groceries"),
                fresh("2026-07-01", "-4.00", "Shop").withCategory("Groceries")));

        commit(token, importId).then().statusCode(200);

        var report = Api.as(token).get("/api/reports/spending?from=2026-06-01&to=2026-07-31&interval=month")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("currencies[0].groups.category.name")).containsExactly("Groceries");
        assertThat(report.getList("currencies[0].groups[0].values")).containsExactly("55.50", "4.00");
        assertThat(report.getList("currencies[0].totals")).containsExactly("55.50", "4.00");
        Api.as(token).get("/api/budgets/status?month=2026-06").then().statusCode(200)
                .body("budgets[0].spent", equalTo("55.50"));
        // 55.50 of 50.00 reached both thresholds in June, in the transaction of the commit
        assertThat(db.rows("SELECT month, threshold FROM budget_alerts WHERE budget_id = ? ORDER BY threshold", budget))
                .extracting(row -> row.get("month") + "/" + row.get("threshold"))
                .containsExactly((2026 * 12 + 5) + "/80", (2026 * 12 + 5) + "/100");
    }

    @Test
    void undoReversesEveryEntryAndBringsTheBalanceBack() {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "10.00").then().statusCode(201);
        long importId = previews.insert(account, List.of(
                fresh("2026-06-01", "100.00", "Employer"),
                fresh("2026-06-02", "-80.00", "Rent"),
                fresh("2026-06-03", "-25.00", "Shop")));
        commit(token, importId).then().statusCode(200).body("balance", equalTo("5.00"));

        delete(token, importId).then().statusCode(200)
                .body("id", equalTo((int) importId))
                .body("status", equalTo("undone"))
                .body("reversed", equalTo(3))
                .body("balance", equalTo("10.00"));

        assertThat(balance(token, account)).isEqualTo("10.00");
        List<Map<String, Object>> entries = entries(account);
        assertThat(entries).hasSize(7);
        assertThat(entries).filteredOn(e -> e.get("import_id") != null)
                .allSatisfy(e -> assertThat(e.get("reversed_by")).isNotNull());
        assertThat(entries).filteredOn(e -> e.get("reversal_of") != null).hasSize(3)
                .allSatisfy(e -> assertThat(e.get("import_id")).isNull());
        Map<String, Object> stored = importRow(importId);
        assertThat(stored.get("status")).isEqualTo("undone");
        assertThat(stored.get("undone_at")).isNotNull();
        verify(token, account).then().body("ok", equalTo(true)).body("entriesChecked", equalTo(7));

        delete(token, importId).then().statusCode(409)
                .body("type", containsString("/problems/import-not-committed"));
        commit(token, importId).then().statusCode(409).body("status", equalTo("undone"));
    }

    @Test
    void undoLeavesAnEntryReversedByHandAsItIs() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long importId = previews.insert(account, List.of(
                fresh("2026-06-01", "100.00", "Employer"),
                fresh("2026-06-02", "-30.00", "Shop")));
        commit(token, importId).then().statusCode(200);
        Object shop = entries(account).get(1).get("id");
        Api.jsonAs(token).body("{}").post("/api/entries/" + shop + "/reversal").then().statusCode(201);

        delete(token, importId).then().statusCode(200).body("reversed", equalTo(1)).body("balance", equalTo("0.00"));

        assertThat(db.count("SELECT count(*) FROM entries WHERE reversal_of = ?", shop)).isEqualTo(1);
        verify(token, account).then().body("ok", equalTo(true));
    }

    @Test
    void undoIsRefusedWhenTheImportedMoneyWasSpentAndChangesNothing() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long importId = previews.insert(account, List.of(
                fresh("2026-06-01", "100.00", "Employer"),
                fresh("2026-06-02", "-30.00", "Shop")));
        commit(token, importId).then().statusCode(200);
        withdraw(token, account, "60.00").then().statusCode(201);

        delete(token, importId).then().statusCode(409)
                .body("type", containsString("/problems/insufficient-funds"))
                .body("detail", containsString("Nothing was reversed"))
                .body("balance", equalTo("10.00"))
                .body("amount", equalTo("70.00"));

        assertThat(entries(account)).hasSize(3).allSatisfy(e -> assertThat(e.get("reversed_by")).isNull());
        assertThat(balance(token, account)).isEqualTo("10.00");
        assertThat(importRow(importId).get("status")).isEqualTo("committed");
    }

    @Test
    void deletingAPreviewDeletesItsRowsAndWritesNothing() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long importId = previews.insert(account, List.of(fresh("2026-06-01", "5.00", "One")));

        delete(token, importId).then().statusCode(204);

        assertThat(db.count("SELECT count(*) FROM imports WHERE id = ?", importId)).isZero();
        assertThat(db.count("SELECT count(*) FROM import_rows WHERE import_id = ?", importId)).isZero();
        commit(token, importId).then().statusCode(404);
    }

    @Test
    void anotherUsersImportIsAnsweredAsMissing() {
        String owner = Api.newUser();
        long account = mainAccount(owner);
        long importId = previews.insert(account, List.of(fresh("2026-06-01", "5.00", "One")));
        String stranger = Api.newUser();

        commit(stranger, importId).then().statusCode(404)
                .body("type", containsString("/problems/import-not-found"));
        delete(stranger, importId).then().statusCode(404);
        commit(owner, importId).then().statusCode(200);
        delete(stranger, importId).then().statusCode(404);
        assertThat(importRow(importId).get("status")).isEqualTo("committed");
    }

    @Test
    void ofTwoConcurrentCommitsOfOneImportExactlyOneGoesIn() {
        String token = Api.newUser();
        long account = mainAccount(token);
        List<Previews.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(fresh("2026-06-01", "1.00", "Row " + i));
        }
        for (int round = 0; round < 3; round++) {
            long importId = previews.insert(account, rows);

            List<Integer> statuses = Parallel.run(2, 2, i -> commit(token, importId).statusCode());

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(db.count("SELECT count(*) FROM entries WHERE import_id = ?", importId)).isEqualTo(200);
        }
        assertThat(balance(token, account)).isEqualTo("600.00");
        verify(token, account).then().body("ok", equalTo(true));
    }

    @Test
    void aCommitWithoutABodyTakesTheNewRows() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long importId = previews.insert(account, List.of(fresh("2026-06-01", "5.00", "One")));

        Api.as(token).contentType("application/json").post("/api/imports/" + importId + "/commit").then()
                .statusCode(200).body("imported", equalTo(1)).body("balance", equalTo("5.00"))
                .body("reversed", nullValue());
    }

    private static long category(String token, String name, String kind) {
        return ((Number) Api.jsonAs(token).body(Map.of("name", name, "kind", kind)).post("/api/categories").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    private static long subCategory(String token, String name, long parentId) {
        return ((Number) Api.jsonAs(token).body(Map.of("name", name, "parentId", parentId)).post("/api/categories")
                .then().statusCode(201).extract().path("id")).longValue();
    }
}
