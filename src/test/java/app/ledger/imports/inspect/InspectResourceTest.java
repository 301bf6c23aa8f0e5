package app.ledger.imports.inspect;

import static app.ledger.imports.ImportCalls.fixture;
import static app.ledger.imports.ImportCalls.inspect;
import static app.ledger.imports.ImportCalls.inspectMultipart;
import static app.ledger.imports.ImportCalls.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/imports/inspect: what the wizard shows before an import; writes nothing. */
@QuarkusTest
class InspectResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCsvFileIsDescribedWithItsDialectHeaderSuggestionAndFirstRows() {
        String token = Api.newUser();
        long before = imports();
        JsonPath answer = inspect(token, fixture("csv/de-utf8-bom.csv"), "umsaetze.csv", Map.of()).then()
                .statusCode(200)
                .body("format", equalTo("csv"))
                .body("formatLabel", equalTo("CSV"))
                .body("fileName", equalTo("umsaetze.csv"))
                .body("csv.dialect.encoding", equalTo("UTF-8"))
                .body("csv.dialect.delimiter", equalTo(";"))
                .body("csv.dialect.header", equalTo(true))
                .body("csv.dialect.skipRecords", equalTo(1))
                .body("csv.header[0]", equalTo("Buchungstag"))
                .body("csv.sample", hasSize(4))
                .body("csv.headerFingerprint", startsWith("sha256:"))
                .body("csv.mapping.dateColumn", equalTo(0))
                .body("csv.mapping.dateFormat", equalTo("dd.MM.yyyy"))
                .body("csv.mapping.decimalSeparator", equalTo("comma"))
                .body("csv.dateFormats", equalTo(List.of("dd.MM.yyyy")))
                .body("csv.problems", hasSize(0))
                .body("csv.profile", nullValue())
                .body("rows", hasSize(4))
                .body("rows.status", equalTo(List.of("new", "new", "new", "invalid")))
                .extract().jsonPath();
        // no account named: the user's first account's currency (USD by default)
        assertThat(answer.getString("rows[0].currency")).isEqualTo("USD");
        assertThat(answer.getString("rows[0].amount")).isEqualTo("-3.80");
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void aChangedMappingOrDialectIsReadAsGivenAndAnIncompleteOneSaysWhatIsMissing() {
        String token = Api.newUser();
        long euros = Ledger.openAccount(token, "Konto", "EUR");
        byte[] file = fixture("csv/us-ambiguous.csv");
        inspect(token, file, "us.csv", Map.of()).then().statusCode(200)
                .body("csv.dateFormats", equalTo(List.of("dd/MM/yyyy", "MM/dd/yyyy")))
                .body("csv.mapping.dateFormat", nullValue())
                .body("csv.problems", equalTo(List.of("Choose the format of the dates.")))
                .body("rows", hasSize(0));
        inspectMultipart(token, file, "us.csv", Map.of("mapping", "{\"dateColumn\":0,\"dateFormat\":\"MM/dd/yyyy\","
                + "\"payeeColumn\":1,\"amountColumn\":2}")).then().statusCode(200)
                .body("csv.problems", hasSize(0))
                .body("rows.occurredOn", equalTo(List.of("2026-01-02", "2026-03-04", "2026-05-06")));
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + token)
                .contentType("text/csv").body(file)
                .queryParam("accountId", euros)
                .queryParam("mapping", "{\"dateColumn\":0,\"dateFormat\":\"dd/MM/yyyy\",\"amountColumn\":2}")
                .queryParam("dialect", "{\"encoding\":\"UTF-8\",\"delimiter\":\",\",\"quote\":\"\\\"\","
                        + "\"header\":true,\"skipRecords\":0}")
                .post("/api/imports/inspect").then().statusCode(200)
                .body("rows.occurredOn", equalTo(List.of("2026-02-01", "2026-04-03", "2026-06-05")))
                .body("rows[0].currency", equalTo("EUR"));
    }

    @Test
    void otherFormatsHaveNoCsvPartAndShowTheirFirstRows() {
        String token = Api.newUser();
        inspect(token, fixture("qif/eu-ccard.qif"), "card.qif", Map.of()).then().statusCode(200)
                .body("format", equalTo("qif"))
                .body("csv", nullValue())
                .body("rows", hasSize(3));
        inspect(token, fixture("qif/ambiguous-dots.qif"), "dots.qif", Map.of("qifDateOrder", "mdy")).then()
                .statusCode(200)
                .body("rows[0].occurredOn", equalTo("2026-01-02"));
        inspect(token, fixture("qif/ambiguous-dots.qif"), "dots.qif", Map.of("qifDateOrder", "sideways")).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("qifDateOrder"));
    }

    @Test
    void anotherUsersAccountIsNotFound() {
        String owner = Api.newUser();
        long account = Ledger.mainAccount(owner);
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + Api.newUser())
                .contentType("text/csv").body(text("Date,Amount\n2026-01-01,1.00\n"))
                .queryParam("accountId", account)
                .post("/api/imports/inspect").then().statusCode(404);
    }

    private long imports() {
        return new Database(dataSource).count("SELECT COUNT(*) FROM imports");
    }
}
