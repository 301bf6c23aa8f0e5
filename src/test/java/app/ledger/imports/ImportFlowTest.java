package app.ledger.imports;

import static app.ledger.imports.ImportCalls.fixture;
import static app.ledger.imports.ImportCalls.preview;
import static app.ledger.imports.ImportCalls.previewMultipart;
import static app.ledger.support.Ledger.balance;
import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.openAccount;
import static app.ledger.support.Ledger.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A statement import from end to end over HTTP: upload for a preview, commit, the same file again, an
 * overlapping statement, and both undone, on the database of the build.
 */
@QuarkusTest
class ImportFlowTest {

    private static final String MAPPING = "{\"dateColumn\":0,\"dateFormat\":\"dd.MM.yyyy\",\"payeeColumn\":1,"
            + "\"descriptionColumns\":[2],\"amountColumn\":3,\"decimalSeparator\":\"comma\"}";

    private static JsonPath upload(String token, long account, String file) {
        return previewMultipart(token, account, fixture("flow/" + file), file, Map.of("mapping", MAPPING))
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath commit(String token, long importId) {
        return Api.jsonAs(token).body(Map.of()).post("/api/imports/" + importId + "/commit")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath undo(String token, long importId) {
        return Api.as(token).delete("/api/imports/" + importId).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> search(String token, String text) {
        return Api.as(token).queryParam("q", text).get("/api/entries").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    @Test
    void aStatementTheSameFileAgainAnOverlappingOneAndBothUndone() {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "50.00").then().statusCode(201);

        JsonPath june = upload(token, account, "june.csv");
        assertThat(june.getString("status")).isEqualTo("previewed");
        assertThat(june.getInt("counts.new")).isEqualTo(5);
        assertThat(balance(token, account)).isEqualTo("50.00");
        long first = june.getLong("id");
        JsonPath committed = commit(token, first);
        assertThat(committed.getString("status")).isEqualTo("committed");
        assertThat(committed.getInt("imported")).isEqualTo(5);
        assertThat(committed.getString("balance")).isEqualTo("997.65");
        assertThat(balance(token, account)).isEqualTo("997.65");
        verify(token, account).then().body("ok", equalTo(true)).body("entriesChecked", equalTo(6));
        // the text search index learns the imported entries
        assertThat(search(token, "bakery")).extracting(e -> e.get("payee")).containsExactly("Bakery Miller");

        JsonPath again = upload(token, account, "june.csv");
        assertThat(again.getInt("counts.new")).isZero();
        assertThat(again.getInt("counts.duplicate")).isEqualTo(5);
        assertThat(again.getList("rows.status", String.class)).containsOnly("duplicate");
        Api.as(token).delete("/api/imports/" + again.getLong("id")).then().statusCode(204);

        JsonPath overlap = upload(token, account, "june-july.csv");
        assertThat(overlap.getList("rows.status", String.class))
                .containsExactly("duplicate", "duplicate", "new", "new", "new");
        assertThat(overlap.getList("rows.occurredOn", String.class).subList(2, 5))
                .containsExactly("2026-07-01", "2026-07-04", "2026-07-20");
        long second = overlap.getLong("id");
        assertThat(commit(token, second).getInt("imported")).isEqualTo(3);
        assertThat(balance(token, account)).isEqualTo("2922.15");
        assertThat(Ledger.history(token, account)).hasSize(9);

        JsonPath undone = undo(token, second);
        assertThat(undone.getString("status")).isEqualTo("undone");
        assertThat(undone.getInt("reversed")).isEqualTo(3);
        assertThat(undone.getString("balance")).isEqualTo("997.65");
        assertThat(undo(token, first).getInt("reversed")).isEqualTo(5);
        Api.as(token).delete("/api/imports/" + first).then().statusCode(409);

        assertThat(balance(token, account)).isEqualTo("50.00");
        verify(token, account).then().body("ok", equalTo(true)).body("entriesChecked", equalTo(17));
        List<Map<String, Object>> history = Ledger.history(token, account);
        List<Map<String, Object>> imported = history.stream()
                .filter(e -> e.get("reversalOf") == null && e.get("payee") != null).toList();
        assertThat(imported).hasSize(8).allSatisfy(e -> assertThat(e.get("reversedBy")).isNotNull());
        assertThat(history.stream().filter(e -> e.get("reversalOf") != null)).hasSize(8);
        Api.as(token).get("/api/imports/" + first).then().statusCode(200)
                .body("status", equalTo("undone")).body("counts.imported", equalTo(5));
    }

    @Test
    void anOfxStatementImportedAgainIsFoundByItsBankIds() {
        String token = Api.newUser();
        long dollars = openAccount(token, "Checking", "USD");
        deposit(token, dollars, "100.00").then().statusCode(201);

        JsonPath january = preview(token, dollars, fixture("ofx/bank-sgml.ofx"), "jan.ofx").then().statusCode(201)
                .extract().jsonPath();
        assertThat(january.getInt("counts.new")).isEqualTo(3);
        assertThat(commit(token, january.getLong("id")).getString("balance")).isEqualTo("1320.40");

        previewMultipart(token, dollars, fixture("ofx/bank-sgml.ofx"), "jan.ofx", Map.of()).then().statusCode(201)
                .body("counts.new", equalTo(0))
                .body("counts.duplicate", equalTo(3))
                .body("rows.reason", everyItem(containsString("Same bank id")))
                .body("rows[1].reason", containsString("202601150002"));
        verify(token, dollars).then().body("ok", equalTo(true)).body("entriesChecked", equalTo(4));
    }
}
