package app.ledger.imports.profile;

import static app.ledger.imports.ImportCalls.inspect;
import static app.ledger.imports.ImportCalls.preview;
import static app.ledger.imports.ImportCalls.text;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /api/import-profiles: saved CSV mappings, and their use for a file with the same header. */
@QuarkusTest
class ImportProfileResourceTest {

    /** A file no suggestion reads completely: day and month cannot be told apart in its dates. */
    private static final String FILE = "Tag|Wer|Wieviel\n01/02/2026|Bakery|-3.50\n03/04/2026|Employer|1000.00\n";
    private static final Map<String, Object> MAPPING = Map.of("dateColumn", 0, "dateFormat", "dd/MM/yyyy",
            "payeeColumn", 1, "amountColumn", 2);

    @Test
    void profilesAreCreatedListedChangedAndDeleted() {
        String token = Api.newUser();
        long id = Api.jsonAs(token).body(Map.of("name", "My bank", "mapping", MAPPING)).post("/api/import-profiles")
                .then().statusCode(201)
                .header("Location", matchesPattern("http://[^/]+/api/import-profiles/\\d+"))
                .body("name", equalTo("My bank"))
                .body("mapping.amountColumn", equalTo(2))
                .body("mapping.decimalSeparator", equalTo("point"))
                .body("headerFingerprint", nullValue())
                .body("dialect", nullValue())
                .extract().jsonPath().getLong("id");
        Api.jsonAs(token).body(Map.of("name", "My bank", "mapping", MAPPING)).post("/api/import-profiles")
                .then().statusCode(409)
                .body("type", equalTo("/problems/import-profile-exists"));
        Api.jsonAs(token).body(Map.of("name", "Other bank", "mapping", MAPPING)).post("/api/import-profiles")
                .then().statusCode(201);
        Api.as(token).get("/api/import-profiles").then().statusCode(200)
                .body("name", equalTo(List.of("My bank", "Other bank")));
        Api.jsonAs(token).body(Map.of("name", "Other bank")).patch("/api/import-profiles/" + id).then()
                .statusCode(409).body("type", equalTo("/problems/import-profile-exists"));
        Map<String, Object> change = new HashMap<>();
        change.put("name", "Savings bank");
        change.put("dialect", Map.of("encoding", "UTF-8", "delimiter", "|", "quote", "\"", "header", true,
                "skipRecords", 0));
        Api.jsonAs(token).body(change).patch("/api/import-profiles/" + id).then().statusCode(200)
                .body("name", equalTo("Savings bank"))
                .body("dialect.delimiter", equalTo("|"))
                .body("mapping.payeeColumn", equalTo(1));
        String stranger = Api.newUser();
        Api.as(stranger).get("/api/import-profiles/" + id).then().statusCode(404);
        Api.as(stranger).delete("/api/import-profiles/" + id).then().statusCode(404);
        Api.as(stranger).get("/api/import-profiles").then().statusCode(200).body("", hasSize(0));
        Api.as(token).delete("/api/import-profiles/" + id).then().statusCode(204);
        Api.as(token).get("/api/import-profiles/" + id).then().statusCode(404);
    }

    @Test
    void invalidProfilesAreRefusedNamingTheField() {
        String token = Api.newUser();
        Api.jsonAs(token).body(Map.of("name", " ", "mapping", MAPPING)).post("/api/import-profiles").then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        Api.jsonAs(token).body(Map.of("name", "x")).post("/api/import-profiles").then()
                .statusCode(400).body("errors[0].field", equalTo("mapping"));
        Api.jsonAs(token).body(Map.of("name", "x", "mapping", MAPPING, "headerFingerprint", "abc"))
                .post("/api/import-profiles").then()
                .statusCode(400).body("errors[0].field", equalTo("headerFingerprint"));
        Api.jsonAs(token).body(Map.of("name", "x", "mapping", MAPPING, "dialect", Map.of("delimiter", ",",
                "quote", ","))).post("/api/import-profiles").then()
                .statusCode(400).body("errors[0].field", equalTo("dialect"));
    }

    @Test
    void theProfileMadeForAHeaderIsUsedForTheNextFileWithThatHeader() {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Konto", "EUR");
        preview(token, account, text(FILE), "feb.csv").then().statusCode(400)
                .body("type", equalTo("/problems/csv-mapping-needed"));
        String fingerprint = inspect(token, text(FILE), "feb.csv", Map.of()).then().statusCode(200)
                .body("csv.profile", nullValue())
                .extract().jsonPath().getString("csv.headerFingerprint");
        long id = Api.jsonAs(token).body(Map.of("name", "Pipes", "mapping", MAPPING, "headerFingerprint",
                fingerprint)).post("/api/import-profiles").then().statusCode(201).extract().jsonPath().getLong("id");
        inspect(token, text(FILE), "march.csv", Map.of()).then().statusCode(200)
                .body("csv.profile.id", equalTo((int) id))
                .body("csv.profile.name", equalTo("Pipes"))
                .body("csv.mapping.amountColumn", equalTo(2))
                .body("csv.problems", hasSize(0))
                .body("rows.amount", equalTo(List.of("-3.50", "1000.00")));
        preview(token, account, text(FILE), "march.csv").then().statusCode(201)
                .body("rows.payee", equalTo(List.of("Bakery", "Employer")));
        // another user's profile for the same header is not theirs to use
        String other = Api.newUser();
        preview(other, Ledger.mainAccount(other), text(FILE), "march.csv").then().statusCode(400);
        preview(other, Ledger.mainAccount(other), text(FILE), "march.csv", Map.of("profileId", Long.toString(id)))
                .then().statusCode(404)
                .body("type", equalTo("/problems/import-profile-not-found"));
    }
}
