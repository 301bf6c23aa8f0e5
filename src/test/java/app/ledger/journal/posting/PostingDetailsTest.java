package app.ledger.journal.posting;

import static app.ledger.support.Ledger.balance;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.openAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deposits, withdrawals and transfers with their day, category, payee, tags and notes. */
@QuarkusTest
class PostingDetailsTest {

    @Inject
    AgroalDataSource dataSource;

    static long category(String token, String name, String kind, String color) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("color", color);
        return ((Number) Api.jsonAs(token).body(body).post("/api/categories").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    private static String userIn(String timeZone) {
        String username = Api.uniqueUsername();
        io.restassured.RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD, "timeZone", timeZone))
                .post("/api/auth/register").then().statusCode(201);
        return Api.login(username, Api.PASSWORD);
    }

    @Test
    void aDepositCarriesItsDayCategoryPayeeTagsAndNotesIntoItsAnswerAndTheHistory() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long food = category(token, "Food", "expense", "#AA0000");

        Ledger.post(token, account, "deposits", Map.of("amount", "4.20", "occurredOn", "2024-02-29",
                        "description", "Coffee refund", "categoryId", food, "payee", "  Corner Café  ",
                        "tags", List.of(" coffee", "COFFEE", "morning ", "Café", "CAFÉ"), "notes", "line one\nline two"),
                        null)
                .then().statusCode(201)
                .body("entry.occurredOn", equalTo("2024-02-29"))
                .body("entry.recordedAt", notNullValue())
                .body("entry.category.id", equalTo((int) food))
                .body("entry.category.name", equalTo("Food"))
                .body("entry.category.color", equalTo("#aa0000"))
                .body("entry.payee", equalTo("Corner Café"))
                .body("entry.tags", equalTo(List.of("coffee", "morning", "Café")))
                .body("entry.notes", equalTo("line one\nline two"))
                .body("entry.reversalOf", nullValue())
                .body("entry.reversedBy", nullValue());

        Api.as(token).get("/api/accounts/" + account + "/transactions").then().statusCode(200)
                .body("items[0].occurredOn", equalTo("2024-02-29"))
                .body("items[0].category.id", equalTo((int) food))
                .body("items[0].category.name", equalTo("Food"))
                .body("items[0].category.color", equalTo("#aa0000"))
                .body("items[0].payee", equalTo("Corner Café"))
                .body("items[0].tags", equalTo(List.of("coffee", "morning", "Café")))
                .body("items[0].notes", equalTo("line one\nline two"));
        Api.as(token).get("/api/accounts/" + account + "/transactions?order=recorded").then().statusCode(200)
                .body("items[0].category", equalTo(Map.of("id", (int) food, "name", "Food", "color", "#aa0000")))
                .body("items[0].payee", equalTo("Corner Café"));
        Map<String, Object> row = new Database(dataSource)
                .rows("SELECT occurred_on, hash_version, category_id FROM entries WHERE account_id = ?", account).get(0);
        assertThat(row).containsEntry("occurred_on", LocalDate.of(2024, 2, 29).toEpochDay())
                .containsEntry("hash_version", 2L).containsEntry("category_id", food);
    }

    @Test
    void theRecordedTimeStaysTheServersAndTheCreatedAtFieldStaysForOlderClients() {
        String token = Api.newUser();
        Instant before = Instant.now().minusSeconds(1);
        Response posted = Ledger.post(token, mainAccount(token), "deposits",
                Map.of("amount", "1.00", "occurredOn", "2001-09-09"), null);
        posted.then().statusCode(201);
        Instant recordedAt = Instant.parse(posted.path("entry.recordedAt"));
        assertThat(recordedAt).isAfter(before);
        assertThat(posted.<String>path("entry.createdAt")).isEqualTo(posted.path("entry.recordedAt"));
    }

    @Test
    void withoutADayAnEntryTakesTodayInItsUsersTimeZone() {
        String kiritimati = userIn("Pacific/Kiritimati");
        String pagoPago = userIn("Pacific/Pago_Pago");

        Response ahead = Ledger.deposit(kiritimati, mainAccount(kiritimati), "1.00");
        Response behind = Ledger.deposit(pagoPago, mainAccount(pagoPago), "1.00");

        LocalDate aheadDay = LocalDate.parse(ahead.path("entry.occurredOn"));
        LocalDate behindDay = LocalDate.parse(behind.path("entry.occurredOn"));
        assertThat(aheadDay).isEqualTo(LocalDate.ofInstant(Instant.parse(ahead.path("entry.recordedAt")),
                ZoneId.of("Pacific/Kiritimati")));
        assertThat(behindDay).isEqualTo(LocalDate.ofInstant(Instant.parse(behind.path("entry.recordedAt")),
                ZoneId.of("Pacific/Pago_Pago")));
        assertThat(aheadDay).as("UTC+14 and UTC-11 are never on the same day").isAfter(behindDay);
    }

    @Test
    void aChangedTimeZoneDecidesTheDayOfTheNextEntry() {
        String token = userIn("Pacific/Pago_Pago");
        Api.jsonAs(token).body(Map.of("timeZone", "Pacific/Kiritimati")).patch("/api/me").then().statusCode(200);

        Response posted = Ledger.deposit(token, mainAccount(token), "1.00");
        assertThat(LocalDate.parse(posted.<String>path("entry.occurredOn"))).isEqualTo(LocalDate.ofInstant(
                Instant.parse(posted.path("entry.recordedAt")), ZoneId.of("Pacific/Kiritimati")));
    }

    @Test
    void badFieldsAreRefusedTogetherAndNothingIsWritten() {
        String token = Api.newUser();
        long account = mainAccount(token);
        Ledger.deposit(token, account, "10.00").then().statusCode(201);

        Map<String, Object> body = new HashMap<>();
        body.put("amount", "1.00");
        body.put("occurredOn", "2024-02-30");
        body.put("payee", "p".repeat(201));
        body.put("tags", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"));
        body.put("notes", "n".repeat(2001));
        body.put("category", "Food");
        Ledger.post(token, account, "withdrawals", body, null).then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors.field", hasItems("occurredOn", "payee", "tags", "notes", "category"));

        for (String day : List.of("1899-12-31", "31.03.2024", "2024-3-1", "+12024-01-01", "")) {
            Ledger.post(token, account, "withdrawals", Map.of("amount", "1.00", "occurredOn", day), null)
                    .then().statusCode(400).body("errors[0].field", equalTo("occurredOn"));
        }
        for (List<String> tags : List.of(List.of(" "), List.of("t".repeat(41)), List.of("tab\there"))) {
            Ledger.post(token, account, "withdrawals", Map.of("amount", "1.00", "tags", tags), null)
                    .then().statusCode(400).body("errors[0].field", equalTo("tags"));
        }
        Ledger.post(token, account, "withdrawals", Map.of("amount", "1.00", "tags", "coffee"), null)
                .then().statusCode(400).body("errors[0].field", equalTo("tags"));
        assertThat(balance(token, account)).isEqualTo("10.00");
    }

    @Test
    void tenDifferentTagsAreAcceptedAndDuplicatesDoNotCount() {
        String token = Api.newUser();
        List<String> tags = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "A", "B");
        Ledger.post(token, mainAccount(token), "deposits", Map.of("amount", "1.00", "tags", tags,
                "payee", "p".repeat(200), "notes", "n".repeat(2000)), null).then().statusCode(201)
                .body("entry.tags.size()", equalTo(10));
    }

    @Test
    void aDayMoreThanAYearAheadIsRefusedAndOneYearAheadIsNot() {
        String token = Api.newUser();
        long account = mainAccount(token);
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));

        Ledger.post(token, account, "deposits", Map.of("amount", "1.00",
                "occurredOn", today.plusYears(1).plusDays(2).toString()), null).then().statusCode(400)
                .body("errors[0].field", equalTo("occurredOn"));
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00",
                "occurredOn", today.plusYears(1).minusDays(1).toString()), null).then().statusCode(201);
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00", "occurredOn", "1900-01-01"), null)
                .then().statusCode(201);
    }

    @Test
    void onlyTheUsersOwnCategoriesThatAreNotArchivedCanBeChosen() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        long account = mainAccount(alice);
        long bobs = category(bob, "Bob's", "expense", null);
        long old = category(alice, "Old", "expense", null);
        Api.jsonAs(alice).body(Map.of("archived", true)).patch("/api/categories/" + old).then().statusCode(200);

        for (long categoryId : List.of(bobs, old, 999_999L)) {
            Ledger.post(alice, account, "deposits", Map.of("amount", "1.00", "categoryId", categoryId), null)
                    .then().statusCode(400).body("errors[0].field", equalTo("categoryId"));
        }
        assertThat(balance(alice, account)).isEqualTo("0.00");
    }

    @Test
    void aTransferCarriesItsDayDescriptionTagsAndNotesOnBothLegs() {
        String token = Api.newUser();
        long from = mainAccount(token);
        long to = openAccount(token, "Savings", "USD");
        Ledger.deposit(token, from, "10.00").then().statusCode(201);

        Api.jsonAs(token).body(Map.of("fromAccountId", from, "toAccountId", to, "amount", "2.00",
                        "occurredOn", "2024-12-24", "description", "For the holidays", "tags", List.of("gifts"),
                        "notes", "from the bonus"))
                .post("/api/transfers").then().statusCode(201)
                .body("from.entry.occurredOn", equalTo("2024-12-24"))
                .body("to.entry.occurredOn", equalTo("2024-12-24"))
                .body("from.entry.description", equalTo("For the holidays"))
                .body("to.entry.tags", equalTo(List.of("gifts")))
                .body("to.entry.notes", equalTo("from the bonus"))
                .body("to.entry.category", nullValue());
    }

    @Test
    void aRetryWithTheSameKeyIsAnsweredTheSameAndADifferentDayUnderItIsRefused() {
        String token = Api.newUser();
        long account = mainAccount(token);
        Map<String, Object> body = Map.of("amount", "1.00", "occurredOn", "2024-01-02", "tags", List.of("x"));

        String first = Ledger.post(token, account, "deposits", body, "key-1").then().statusCode(201)
                .extract().asString();
        assertThat(Ledger.post(token, account, "deposits", body, "key-1").then().statusCode(201)
                .extract().asString()).isEqualTo(first);
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00", "occurredOn", "2024-01-03",
                "tags", List.of("x")), "key-1").then().statusCode(422);
        assertThat(balance(token, account)).isEqualTo("1.00");
    }

    @Test
    void theLimitsNameTheNewBounds() {
        Api.as(Api.newUser()).get("/api/limits").then().statusCode(200)
                .body("payeeMaxLength", equalTo(200))
                .body("notesMaxLength", equalTo(2000))
                .body("tagsMax", equalTo(10))
                .body("tagMaxLength", equalTo(40))
                .body("earliestOccurredOn", equalTo("1900-01-01"))
                .body("occurredOnYearsAhead", equalTo(1))
                .body("importMaxBytes", equalTo(20 * 1024 * 1024))
                .body("$", org.hamcrest.Matchers.hasKey("categoryMaxLength"));
    }

    @Test
    void theOldFreeTextCategoryIsRefusedWithAPointerToCategoryId() {
        String token = Api.newUser();
        Ledger.post(token, mainAccount(token), "deposits", Map.of("amount", "1.00", "category", "food"), null)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("categoryId"));
    }

    @Test
    void aTextTagIsKeptAsWrittenAfterTrimming() {
        String token = Api.newUser();
        Ledger.post(token, mainAccount(token), "deposits", Map.of("amount", "1.00", "tags", List.of("  Ωmega  ")),
                null).then().statusCode(201).body("entry.tags", hasItem("Ωmega"));
    }
}
