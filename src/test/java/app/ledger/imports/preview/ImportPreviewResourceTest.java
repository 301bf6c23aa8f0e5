package app.ledger.imports.preview;

import static app.ledger.imports.ImportCalls.fixture;
import static app.ledger.imports.ImportCalls.preview;
import static app.ledger.imports.ImportCalls.previewMultipart;
import static app.ledger.imports.ImportCalls.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import app.ledger.support.Periodic;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/accounts/{id}/imports: every format read into a preview, duplicates judged, nothing booked. */
@QuarkusTest
class ImportPreviewResourceTest {

    private static final String SIMPLE_MAPPING = "{\"dateColumn\":0,\"dateFormat\":\"yyyy-MM-dd\",\"payeeColumn\":1,"
            + "\"amountColumn\":2}";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StalePreviews stalePreviews;

    @Inject
    Vertx vertx;

    @Test
    void camtStatementIsPreviewedWithEveryRowAndItsOpeningBalance() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Giro", "EUR");
        JsonPath answer = preview(token, account, fixture("camt/camt053-v02.xml"), "jan.xml").then().statusCode(201)
                .header("Location", matchesPattern("http://[^/]+/api/imports/\\d+"))
                .body("format", equalTo("camt.053"))
                .body("formatLabel", containsString("CAMT.053"))
                .body("fileName", equalTo("jan.xml"))
                .body("status", equalTo("previewed"))
                .body("accountId", equalTo((int) account))
                .body("accountName", equalTo("Giro"))
                .body("currency", equalTo("EUR"))
                .body("counts.rows", equalTo(5)).body("counts.new", equalTo(4)).body("counts.invalid", equalTo(1))
                .body("counts.duplicate", equalTo(0)).body("counts.imported", equalTo(0))
                .body("openingBalance.amount", equalTo("1000.00"))
                .body("openingBalance.occurredOn", equalTo("2025-12-31"))
                .body("committedAt", nullValue())
                .body("rows", hasSize(5))
                .extract().jsonPath();
        assertThat(answer.getList("rows.row", Integer.class)).containsExactly(1, 2, 3, 4, 5);
        assertThat(answer.getMap("rows[0]")).containsEntry("status", "new").containsEntry("occurredOn", "2026-01-05")
                .containsEntry("amount", "-42.30").containsEntry("currency", "EUR")
                .containsEntry("payee", "Stadtwerke München").containsEntry("bankReference", "REF-A")
                .containsEntry("line", 19).containsEntry("duplicateOf", null).containsEntry("reason", null);
        Map<String, Object> pending = answer.getMap("rows.find { it.status == 'invalid' }");
        assertThat(pending.get("line")).isEqualTo(60);
        assertThat((String) pending.get("reason")).contains("PDNG");
        assertThat(answer.getString("createdBy")).startsWith("u");
        assertThat(answer.getString("createdAt")).endsWith("Z");
        // nothing in the ledger changed
        assertThat(Ledger.balance(token, account)).isEqualTo("0.00");
        assertThat(Ledger.history(token, account)).isEmpty();
    }

    @Test
    void ofxQfxQifAndCsvFilesArePreviewed() {
        String token = Api.newUser();
        long dollars = Ledger.openAccount(token, "Checking", "USD");
        preview(token, dollars, fixture("ofx/bank-sgml.ofx"), "jan.ofx").then().statusCode(201)
                .body("format", equalTo("ofx-sgml"))
                .body("counts.new", equalTo(3))
                .body("rows.bankReference", equalTo(List.of("202601310001", "202601150002", "202601100003")))
                .body("rows[0].amount", equalTo("-1234.50"))
                .body("rows[0].payee", equalTo("Café & Bar"))
                // LEDGERBAL minus the rows is zero: nothing to offer
                .body("openingBalance", nullValue());
        preview(token, dollars, fixture("ofx/creditcard.qfx"), "card.qfx").then().statusCode(201)
                .body("format", equalTo("ofx-sgml"))
                .body("rows.amount", equalTo(List.of("-19.99", "100.00")));
        preview(token, dollars, fixture("qif/us-bank.qif"), "bank.qif").then().statusCode(201)
                .body("format", equalTo("qif"))
                .body("counts.rows", equalTo(3))
                .body("rows[0].occurredOn", equalTo("2026-01-31"))
                .body("rows[0].amount", equalTo("-1234.56"))
                .body("rows[0].category", equalTo("Housing:Rent"));
        long euros = Ledger.openAccount(token, "Konto", "EUR");
        preview(token, euros, fixture("ofx/bank-xml.ofx"), "feb.ofx").then().statusCode(201)
                .body("format", equalTo("ofx-xml"))
                .body("rows.status", equalTo(List.of("invalid", "new", "invalid")))
                .body("rows[2].reason", containsString("CHF"));
        // the suggestion reads the German export completely: no mapping needed
        preview(token, euros, fixture("csv/de-utf8-bom.csv"), "umsaetze.csv").then().statusCode(201)
                .body("format", equalTo("csv"))
                .body("counts.rows", equalTo(4)).body("counts.new", equalTo(3)).body("counts.invalid", equalTo(1))
                .body("rows[1].amount", equalTo("1234567.89"))
                .body("rows[3].line", equalTo(8))
                .body("rows[3].reason", containsString("decimal point"));
        previewMultipart(token, euros, fixture("csv/de-cp1252-soll-haben.csv"), "soll-haben.csv", Map.of(
                "mapping", "{\"dateColumn\":0,\"dateFormat\":\"dd.MM.yyyy\",\"payeeColumn\":1,"
                        + "\"descriptionColumns\":[2],\"debitColumn\":3,\"creditColumn\":4,"
                        + "\"decimalSeparator\":\"comma\"}")).then().statusCode(201)
                .body("fileName", equalTo("soll-haben.csv"))
                .body("rows.amount", equalTo(List.of("-4.50", "1000.00", "-2.00")))
                .body("rows[0].payee", equalTo("Café Größe"));
        assertThat(Ledger.history(token, euros)).isEmpty();
    }

    @Test
    void rowsAlreadyInTheLedgerAreDuplicatesAndTheRestNew() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Daily", "EUR");
        post(token, account, "deposits", "5000.00", "2025-01-01", "Savings");
        long coffee = post(token, account, "withdrawals", "3.50", "2026-03-01", "Bakery");
        long salary = post(token, account, "deposits", "1000.00", "2026-03-03", "Employer");
        // same amount but another payee, or too many days away, or the other direction: none of them match
        post(token, account, "withdrawals", "3.50", "2026-03-01", "Kiosk");
        post(token, account, "withdrawals", "3.50", "2026-03-09", "Bakery");
        post(token, account, "deposits", "3.50", "2026-03-01", "Bakery");
        String file = "Date,Payee,Amount\n"
                + "2026-03-01,Bakery,-3.50\n"
                + "2026-03-01,Bakery,-3.50\n"
                + "2026-03-02,EMPLOYER Salary March,1000.00\n"
                + "2026-03-04,Bookshop,-20.00\n";
        JsonPath answer = preview(token, account, text(file), "march.csv", Map.of("mapping", SIMPLE_MAPPING))
                .then().statusCode(201)
                .body("counts.duplicate", equalTo(2)).body("counts.new", equalTo(2))
                .body("rows.status", equalTo(List.of("duplicate", "new", "duplicate", "new")))
                .extract().jsonPath();
        assertThat(answer.getMap("rows[0].duplicateOf")).containsEntry("entryId", (int) coffee)
                .containsEntry("occurredOn", "2026-03-01").containsEntry("amount", "-3.50")
                .containsEntry("payee", "Bakery");
        assertThat(answer.getString("rows[0].reason")).isEqualTo("Same amount on 2026-03-01 (±3 days) and a "
                + "similar payee as entry #" + coffee + ".");
        assertThat(answer.getLong("rows[2].duplicateOf.entryId")).isEqualTo(salary);
        assertThat(answer.getString("rows[2].duplicateOf.amount")).isEqualTo("1000.00");
        assertThat(answer.getString("rows[1].reason")).isNull();
    }

    @Test
    void twoIdenticalRowsOfOneFileAreBothNewWhenTheLedgerHasNone() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Daily", "EUR");
        String file = "Date,Payee,Amount\n2026-03-01,Coffee Shop,-3.50\n2026-03-01,Coffee Shop,-3.50\n";
        preview(token, account, text(file), "c.csv", Map.of("mapping", SIMPLE_MAPPING)).then().statusCode(201)
                .body("rows.status", equalTo(List.of("new", "new")));
    }

    @Test
    void aStatementWhoseEntriesAreInIsAllDuplicatesAndAnOverlappingOneNewOnlyForItsNewDays() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Daily", "EUR");
        post(token, account, "deposits", "900.00", "2026-04-01", "Employer");
        post(token, account, "withdrawals", "12.00", "2026-04-02", "Cinema");
        post(token, account, "withdrawals", "30.10", "2026-04-03", "Grocer");
        String april = "Date,Payee,Amount\n2026-04-01,Employer,900.00\n2026-04-02,Cinema,-12.00\n"
                + "2026-04-03,Grocer,-30.10\n";
        preview(token, account, text(april), "april.csv", Map.of("mapping", SIMPLE_MAPPING)).then().statusCode(201)
                .body("rows.status", everyItem(equalTo("duplicate")));
        String overlapping = "Date,Payee,Amount\n2026-04-02,Cinema,-12.00\n2026-04-03,Grocer,-30.10\n"
                + "2026-04-04,Grocer,-30.10\n2026-04-05,Pharmacy,-8.25\n";
        preview(token, account, text(overlapping), "april-2.csv", Map.of("mapping", SIMPLE_MAPPING)).then()
                .statusCode(201)
                .body("rows.status", equalTo(List.of("duplicate", "duplicate", "new", "new")));
    }

    @Test
    void aBankIdDecidesAndAnEntryWithAnotherBankIdNeverMatches() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Daily", "EUR");
        post(token, account, "deposits", "500.00", "2026-01-01", "Savings");
        long known = post(token, account, "withdrawals", "10.00", "2026-05-05", "Shop");
        long other = post(token, account, "withdrawals", "10.00", "2026-05-02", "Shop");
        Database db = new Database(dataSource);
        db.update("UPDATE entries SET bank_reference = ? WHERE id = ?", "R-1", known);
        db.update("UPDATE entries SET bank_reference = ? WHERE id = ?", "R-9", other);
        String file = "Date,Payee,Amount,Ref\n2026-05-01,Shop,-10.00,R-1\n2026-05-02,Shop,-10.00,R-2\n";
        String mapping = "{\"dateColumn\":0,\"dateFormat\":\"yyyy-MM-dd\",\"payeeColumn\":1,\"amountColumn\":2,"
                + "\"referenceColumn\":3}";
        JsonPath answer = preview(token, account, text(file), "may.csv", Map.of("mapping", mapping)).then()
                .statusCode(201)
                .body("rows.status", equalTo(List.of("duplicate", "new")))
                .extract().jsonPath();
        assertThat(answer.getLong("rows[0].duplicateOf.entryId")).isEqualTo(known);
        assertThat(answer.getString("rows[0].reason")).isEqualTo("Same bank id R-1 as entry #" + known
                + " of 2026-05-05.");
    }

    @Test
    void reversedEntriesAreNotInTheLedgerAnyMore() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Daily", "EUR");
        post(token, account, "deposits", "500.00", "2026-01-01", "Savings");
        long reversed = post(token, account, "withdrawals", "10.00", "2026-05-05", "Shop");
        Api.jsonAs(token).body(Map.of()).post("/api/entries/" + reversed + "/reversal").then().statusCode(201);
        String file = "Date,Payee,Amount\n2026-05-05,Shop,-10.00\n";
        preview(token, account, text(file), "may.csv", Map.of("mapping", SIMPLE_MAPPING)).then().statusCode(201)
                .body("rows.status", equalTo(List.of("new")));
    }

    @Test
    void anotherUsersAccountIsNotFoundAndNothingIsStored() {
        String owner = Api.newUser();
        long account = Ledger.openAccount(owner, "Daily", "EUR");
        String intruder = Api.newUser();
        preview(intruder, account, fixture("camt/camt053-v02.xml"), "x.xml").then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(importsOf(account)).isZero();
        long own = preview(owner, account, fixture("camt/camt053-v02.xml"), "x.xml").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(intruder).get("/api/imports/" + own).then().statusCode(404);
        Api.as(intruder).get("/api/imports/" + own + "/rows").then().statusCode(404);
    }

    @Test
    void aMalformedFileIsRefusedNamingTheLineAndNothingIsStored() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Daily", "USD");
        preview(token, account, fixture("ofx/truncated.ofx"), "cut.ofx").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-statement"))
                .body("line", equalTo(47))
                .body("detail", containsString("Line 47"));
        assertThat(importsOf(account)).isZero();
    }

    @Test
    void anUnknownFormatIsRefusedListingTheFormatsLedgerReads() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        preview(token, account, text("%PDF-1.4\nsomething"), "statement.pdf").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-statement-format"))
                .body("knownFormats", hasItem("CSV"))
                .body("knownFormats", hasSize(5))
                .body("detail", containsString("PDF"));
        assertThat(importsOf(account)).isZero();
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefusedAndNothingIsStored() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Daily", "EUR");
        preview(token, account, fixture("camt/xxe.xml"), "xxe.xml").then().statusCode(400)
                .body("type", equalTo("/problems/malformed-statement"))
                .body("detail", containsString("DOCTYPE"));
        preview(token, account, fixture("ofx/billion-laughs.ofx"), "laughs.ofx").then().statusCode(400)
                .body("type", equalTo("/problems/malformed-statement"))
                .body("detail", containsString("DOCTYPE"));
        assertThat(importsOf(account)).isZero();
    }

    @Test
    void aCsvFileWhoseColumnsCannotBeGuessedNeedsAMapping() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        preview(token, account, text("first,second\nalpha,beta\ngamma,delta\n"), "odd.csv").then().statusCode(400)
                .body("type", equalTo("/problems/csv-mapping-needed"))
                .body("errors.field", everyItem(equalTo("mapping")))
                .body("errors.message", hasItem("Choose the column that holds the date."));
        preview(token, account, text("first,second\nalpha,beta\n"), "odd.csv", Map.of("mapping", "{not json"))
                .then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors[0].field", equalTo("mapping"));
        assertThat(importsOf(account)).isZero();
    }

    @Test
    void importsAreListedNewestFirstAndTheirRowsPaged() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Daily", "EUR");
        long first = preview(token, account, fixture("camt/camt053-v02.xml"), "a.xml").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long second = preview(token, account, fixture("camt/camt053-v02.xml"), "b.xml").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long third = preview(token, account, fixture("camt/camt053-v02.xml"), "c.xml").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        JsonPath page = Api.as(token).queryParam("limit", 2).get("/api/imports").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) third, (int) second)))
                .body("items[0].rows", nullValue())
                .body("items[0].counts.rows", equalTo(5))
                .extract().jsonPath();
        Api.as(token).queryParam("limit", 2).queryParam("cursor", page.getString("nextCursor")).get("/api/imports")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of((int) first)))
                .body("nextCursor", nullValue());
        Api.as(token).queryParam("cursor", "forged").get("/api/imports").then().statusCode(400);
        Api.as(Api.newUser()).get("/api/imports").then().statusCode(200).body("items", hasSize(0));

        Api.as(token).get("/api/imports/" + first).then().statusCode(200)
                .body("fileName", equalTo("a.xml"))
                .body("rows", hasSize(5))
                .body("rows[0].payee", equalTo("Stadtwerke München"))
                .body("openingBalance.amount", equalTo("1000.00"));
        Api.as(token).queryParam("status", "new").queryParam("offset", 1).queryParam("limit", 2)
                .get("/api/imports/" + first + "/rows").then().statusCode(200)
                .body("items.row", equalTo(List.of(2, 3)))
                .body("total", equalTo(4))
                .body("offset", equalTo(1))
                .body("nextOffset", equalTo(3));
        Api.as(token).queryParam("status", "invalid").get("/api/imports/" + first + "/rows").then().statusCode(200)
                .body("items.row", equalTo(List.of(4)))
                .body("nextOffset", nullValue());
        Api.as(token).queryParam("status", "gone").get("/api/imports/" + first + "/rows").then().statusCode(400);
        Api.as(token).queryParam("limit", 1001).get("/api/imports/" + first + "/rows").then().statusCode(400);
    }

    @Test
    void duplicatesShowTheirEntryWhenTheImportIsReadAgain() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Daily", "EUR");
        post(token, account, "deposits", "500.00", "2026-01-01", "Savings");
        long coffee = post(token, account, "withdrawals", "3.50", "2026-03-01", "Bakery");
        long id = preview(token, account, text("Date,Payee,Amount\n2026-03-02,Bakery,-3.50\n"), "m.csv",
                Map.of("mapping", SIMPLE_MAPPING)).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(token).get("/api/imports/" + id).then().statusCode(200)
                .body("rows[0].status", equalTo("duplicate"))
                .body("rows[0].duplicateOf.entryId", equalTo((int) coffee))
                .body("rows[0].duplicateOf.amount", equalTo("-3.50"))
                .body("rows[0].duplicateOf.occurredOn", equalTo("2026-03-01"));
    }

    @Test
    void previewsOlderThanTheirLifetimeAreDeletedWithTheirRowsAndCommittedImportsKept() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Daily", "EUR");
        long stale = preview(token, account, fixture("camt/camt053-v02.xml"), "old.xml").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long committed = preview(token, account, fixture("camt/camt053-v02.xml"), "kept.xml").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long fresh = preview(token, account, fixture("camt/camt053-v02.xml"), "new.xml").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Database db = new Database(dataSource);
        long twoDaysAgo = (System.currentTimeMillis() - 48L * 3600 * 1000) * 1000;
        db.update("UPDATE imports SET created_at = ? WHERE id IN (?, ?)", twoDaysAgo, stale, committed);
        db.update("UPDATE imports SET status = 'committed' WHERE id = ?", committed);
        Periodic.once(vertx, () -> stalePreviews.deleteStale()).await().atMost(Duration.ofSeconds(10));
        Api.as(token).get("/api/imports/" + stale).then().statusCode(404);
        assertThat(db.count("SELECT COUNT(*) FROM import_rows WHERE import_id = ?", stale)).isZero();
        Api.as(token).get("/api/imports/" + committed).then().statusCode(200).body("rows", hasSize(5));
        Api.as(token).get("/api/imports/" + fresh).then().statusCode(200).body("rows", hasSize(5));
    }

    private long importsOf(long account) {
        return new Database(dataSource).count("SELECT COUNT(*) FROM imports WHERE account_id = ?", account);
    }

    private static long post(String token, long account, String kind, String amount, String day, String payee) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("occurredOn", day);
        body.put("payee", payee);
        return Ledger.post(token, account, kind, body, null).then().statusCode(201).extract().jsonPath()
                .getLong("entry.id");
    }
}
