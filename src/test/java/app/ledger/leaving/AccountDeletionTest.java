package app.ledger.leaving;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.journal.EntryType;
import app.ledger.journal.posting.EntryDetails;
import app.ledger.journal.posting.LedgerCommand;
import app.ledger.journal.posting.LedgerWriter;
import app.ledger.journal.posting.PostingResult;
import app.ledger.live.LiveHub;
import app.ledger.recurring.RecurringScheduler;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import app.ledger.support.Parallel;
import app.ledger.support.SseClient;
import app.ledger.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DELETE /api/me: the user and everything of theirs goes, every session ends, and nothing else changes. */
@QuarkusTest
class AccountDeletionTest {

    /** Tables that a user's data need not reach: the readiness probe's scratch table holds nothing between probes. */
    private static final Set<String> NEVER_FILLED_BY_A_USER = Set.of("storage_probe");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RecurringScheduler scheduler;

    @Inject
    LiveHub hub;

    @Inject
    LedgerWriter writer;

    private static Map<String, Object> confirmation(String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("password", password);
        return body;
    }

    @Test
    void deletingAUserLeavesEveryTableExactlyAsItWasBeforeTheyCameEvenWithDepositsRacingIt() {
        Database db = new Database(dataSource);
        Tables tables = new Tables(db);
        new UserWithEverything(db, scheduler);
        Map<String, List<String>> before = tables.snapshot();
        long foundBefore = TestDatabase.isPostgres() ? 0 : searchIndexMatches();

        UserWithEverything b = new UserWithEverything(db, scheduler);
        Map<String, List<String>> withB = tables.snapshot();
        for (String table : tables.names()) {
            if (!NEVER_FILLED_BY_A_USER.contains(table)) {
                assertThat(withB.get(table)).as("the user's data reaches " + table
                        + " (extend UserWithEverything when a table is added)").isNotEqualTo(before.get(table));
            }
        }
        if (!TestDatabase.isPostgres()) {
            assertThat(searchIndexMatches()).as("the search index holds the user's entries")
                    .isGreaterThan(foundBefore);
        }

        List<Integer> statuses = Parallel.run(21, 21, i -> i == 0
                ? Api.jsonAs(b.token).body(Map.of("password", Api.PASSWORD, "totp", b.recoveryCode))
                        .delete("/api/me").statusCode()
                : Ledger.deposit(b.token, b.main, "1.00").statusCode());

        assertThat(statuses.get(0)).as("the deletion").isEqualTo(204);
        assertThat(statuses.subList(1, statuses.size())).as("deposits racing the deletion: saved (and then "
                + "deleted), or refused because the session or the account was gone").allMatch(
                        status -> status == 201 || status == 401 || status == 404);
        assertThat(tables.snapshot()).isEqualTo(before);
        if (!TestDatabase.isPostgres()) {
            assertThat(searchIndexMatches()).as("the search finds none of the user's entries")
                    .isEqualTo(foundBefore);
            // compares the index with the entries it indexes (the second value asks to check against the content)
            db.update("INSERT INTO entry_search (entry_search, rank) VALUES ('integrity-check', 1)");
        }
    }

    private long searchIndexMatches() {
        return new Database(dataSource).count("SELECT count(*) FROM entry_search WHERE search_text GLOB ?",
                "*" + UserWithEverything.PAYEE.toLowerCase() + "*");
    }

    /**
     * A write that passed its checks before the deletion and reaches the ledger writer after it (as one queued
     * behind the deletion does) finds no account or entry: refused with the usual 404 problem, nothing written.
     */
    @Test
    void aLedgerWriteThatReachesTheWriterAfterTheDeletionIsRefusedAsNotFoundAndWritesNothing() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        long userId = ((Number) Api.as(token).get("/api/me").path("id")).longValue();
        long entry = ((Number) Ledger.deposit(token, account, "10.00").then().statusCode(201).extract()
                .path("entry.id")).longValue();
        Api.jsonAs(token).body(confirmation(Api.PASSWORD)).delete("/api/me").then().statusCode(204);

        List<LedgerCommand> late = List.of(
                new LedgerCommand.Posting(userId, account, EntryType.DEPOSIT, "1.00",
                        new EntryDetails(null, "late", null, null, List.of(), null), null, "late deposit"),
                new LedgerCommand.Reversal(userId, entry, null, null, null, "late reversal"));
        for (LedgerCommand command : late) {
            PostingResult result = writer.submit(command).await().atMost(Duration.ofSeconds(10));
            assertThat(result).isInstanceOf(PostingResult.Refused.class);
            assertThat(((PostingResult.Refused) result).problem().status()).isEqualTo(404);
        }
        Database db = new Database(dataSource);
        assertThat(db.count("SELECT count(*) FROM entries WHERE user_id = ? OR account_id = ?", userId, account))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM accounts WHERE id = ?", account)).isZero();
    }

    @Test
    void afterTheDeletionTheUserCannotLogInAndEveryTokenAndStreamOfTheirsEnds() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String first = Api.login(username, Api.PASSWORD);
        String second = Api.login(username, Api.PASSWORD);
        int streamsBefore = hub.openStreams();
        try (SseClient stream = SseClient.open(second, null)) {
            await().until(() -> hub.openStreams() > streamsBefore);

            Api.jsonAs(first).body(confirmation(Api.PASSWORD)).delete("/api/me").then().statusCode(204)
                    .header("Set-Cookie", containsString("Max-Age=0"));

            assertThat(stream.endsWithin(Duration.ofSeconds(5))).as("the other session's stream ends").isTrue();
        }
        Api.as(first).get("/api/me").then().statusCode(401);
        Api.as(second).get("/api/accounts").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/auth/login").then().statusCode(401);
        assertThat(new Database(dataSource).count("SELECT count(*) FROM users WHERE username = ?", username))
                .isZero();
    }

    @Test
    void aWrongPasswordIsRefusedWith403AndDeletesNothing() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        Ledger.deposit(token, account, "10.00").then().statusCode(201);

        Api.jsonAs(token).body(confirmation("not the password at all")).delete("/api/me").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/wrong-password"));

        Api.as(token).get("/api/me").then().statusCode(200);
        assertThat(Ledger.balance(token, account)).isEqualTo("10.00");
    }

    @Test
    void withoutAPasswordNothingIsDeleted() {
        String token = Api.newUser();

        Api.jsonAs(token).body(Map.of()).delete("/api/me").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors[0].field", equalTo("password"));
        Api.as(token).delete("/api/me").then().statusCode(400);

        Api.as(token).get("/api/me").then().statusCode(200);
    }

    @Test
    void wrongPasswordsAreThrottledLikeLoginsEvenBeforeTheRightOne() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String token = Api.login(username, Api.PASSWORD);
        for (int i = 0; i < 5; i++) {
            Api.jsonAs(token).body(confirmation("wrong password " + i)).delete("/api/me").then().statusCode(403);
        }

        Api.jsonAs(token).body(confirmation(Api.PASSWORD)).delete("/api/me").then().statusCode(429)
                .body("type", equalTo("/problems/too-many-attempts"));
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/auth/login").then().statusCode(429);

        Api.as(token).get("/api/me").then().statusCode(200);
    }

    @Test
    void withoutTwoStepLoginACodeSentAlongIsIgnored() {
        String token = Api.newUser();

        Api.jsonAs(token).body(Map.of("password", Api.PASSWORD, "totp", "123456")).delete("/api/me").then()
                .statusCode(204);
    }
}
