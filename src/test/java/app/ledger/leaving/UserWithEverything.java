package app.ledger.leaving;

import static io.restassured.RestAssured.given;

import app.ledger.auth.passkey.PasskeyApi;
import app.ledger.auth.passkey.SoftwareAuthenticator;
import app.ledger.auth.totp.Base32;
import app.ledger.auth.totp.Totp;
import app.ledger.recurring.RecurringScheduler;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A user with data in every feature, made over HTTP where there is an API for it: two accounts, categories,
 * entries with category, payee, tags and notes (one under an Idempotency-Key), a transfer between the two
 * accounts, a reversal, a metadata edit, a budget that sent its alerts, a recurring schedule with a posted
 * occurrence and an exchange rate; a link to an identity provider (through SQL); an import profile, an import with a preview row, and an entry carrying its
 * import id and bank reference, through SQL (no import API yet); two-step login on, with one recovery code
 * used to log in; and the security history all of that wrote.
 */
final class UserWithEverything {

    /** Text no other test writes, to find the user's entries in the search index. */
    static final String PAYEE = "Zyxwvut Corner Shop";
    static final String PASSKEY = "Qwertz phone";

    final String username;
    final String token;
    final long userId;
    final long main;
    final long savings;
    final String currency;
    final long groceries;
    final long salaryEntry;
    final long shoppingEntry;
    final long reversedEntry;
    final long importId;
    /** An unused recovery code: the second factor {@code DELETE /api/me} asks for. */
    final String recoveryCode;
    final String passkeyCredentialId;

    UserWithEverything(Database db, RecurringScheduler scheduler) {
        username = Api.uniqueUsername();
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD, "timeZone", "Europe/Zurich",
                        "locale", "de-CH"))
                .post("/api/auth/register").then().statusCode(201);
        token = Api.login(username, Api.PASSWORD);
        userId = ((Number) Api.as(token).get("/api/me").then().statusCode(200).extract().path("id")).longValue();
        main = Ledger.mainAccount(token);
        currency = Api.as(token).get("/api/accounts/" + main).then().extract().path("currency");
        savings = Ledger.openAccount(token, "Savings", currency);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        long income = category("Salary", "income", null);
        groceries = category("Groceries", "expense", null);
        long fruit = category("Fruit", "expense", groceries);
        Api.jsonAs(token).body(Map.of("categoryId", groceries, "amount", "40.00", "currency", currency,
                "period", "month")).post("/api/budgets").then().statusCode(201);

        salaryEntry = entry("deposits", Map.of("amount", "1000.00", "description", "Salary", "categoryId", income,
                "payee", "Employer AG", "notes", "November"), "salary-" + username);
        shoppingEntry = entry("withdrawals", Map.of("amount", "45.50", "description", "Weekly shop",
                "categoryId", groceries, "payee", PAYEE, "tags", List.of("food", "weekly"), "notes", "milk"), null);
        reversedEntry = entry("withdrawals", Map.of("amount", "3.25", "categoryId", fruit, "payee", PAYEE,
                "tags", List.of("food")), null);
        Map<String, Object> transfer = new HashMap<>();
        transfer.put("fromAccountId", main);
        transfer.put("toAccountId", savings);
        transfer.put("amount", "100.00");
        transfer.put("description", "Put aside");
        Api.jsonAs(token).body(transfer).post("/api/transfers").then().statusCode(201);
        Api.jsonAs(token).body(Map.of()).post("/api/entries/" + reversedEntry + "/reversal").then().statusCode(201);
        Api.jsonAs(token).body(Map.of("notes", "milk and bread", "tags", List.of("food", "weekly", "edited")))
                .patch("/api/entries/" + shoppingEntry).then().statusCode(200);

        Map<String, Object> schedule = new HashMap<>();
        schedule.put("accountId", main);
        schedule.put("type", "withdrawal");
        schedule.put("amount", "12.00");
        schedule.put("description", "Phone");
        schedule.put("payee", PAYEE);
        schedule.put("tags", List.of("phone"));
        schedule.put("schedule", Map.of("every", "month", "interval", 1));
        schedule.put("startOn", today);
        Api.jsonAs(token).body(schedule).post("/api/recurring").then().statusCode(201);
        scheduler.runNow().await().atMost(Duration.ofSeconds(60));

        Api.jsonAs(token).body(Map.of("date", today, "base", currency, "quote", "JPY", "rate", "161.25"))
                .post("/api/rates").then().statusCode(201);
        Api.jsonAs(token).body(Map.of("name", "backup script", "scopes", List.of("read")))
                .post("/api/me/tokens").then().statusCode(201);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        PasskeyApi.added(token, authenticator, PASSKEY);
        PasskeyApi.signIn(authenticator).then().statusCode(200);
        passkeyCredentialId = authenticator.credentialId();

        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        db.update("INSERT INTO import_profiles (user_id, name, header_fingerprint, mapping, dialect, created_at, "
                + "updated_at) VALUES (?, 'My bank', 'abc', '{\"date\":0,\"amount\":1}', '{\"delimiter\":\";\"}', ?, ?)",
                userId, micros, micros);
        db.update("INSERT INTO imports (user_id, account_id, file_name, format, status, total_rows, new_rows, "
                + "duplicate_rows, invalid_rows, imported_rows, options, created_at) "
                + "VALUES (?, ?, 'statement.csv', 'csv', 'previewed', 1, 1, 0, 0, 0, '{}', ?)", userId, main, micros);
        importId = ((Number) db.rows("SELECT max(id) AS id FROM imports WHERE user_id = ?", userId).get(0).get("id"))
                .longValue();
        db.update("INSERT INTO import_rows (import_id, row_no, line, status, occurred_on, amount_minor, currency, "
                + "payee, bank_reference) VALUES (?, 1, 2, 'new', ?, -1999, ?, ?, 'REF-2')", importId,
                LocalDate.now(ZoneOffset.UTC).toEpochDay(), currency, PAYEE);
        db.update("UPDATE entries SET import_id = ?, bank_reference = 'REF-1' WHERE id = ?", importId, salaryEntry);
        // through SQL: sign-in through an identity provider is off in this test profile
        db.update("INSERT INTO identity_links (user_id, issuer, subject, email, created_at, last_used_at) "
                + "VALUES (?, 'https://id.example.com', ?, ?, ?, ?)", userId, "subject-of-" + username,
                username + "@example.com", micros, micros);

        String secret = Api.as(token).post("/api/me/totp").then().statusCode(200).extract().path("secret");
        String code = Totp.code(Base32.decode(secret), Totp.stepAt(Instant.now()));
        List<String> recoveryCodes = Api.jsonAs(token).body(Map.of("code", code)).post("/api/me/totp/confirm")
                .then().statusCode(200).extract().path("recoveryCodes");
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", Api.PASSWORD,
                "recoveryCode", recoveryCodes.get(0))).post("/api/auth/login").then().statusCode(200);
        recoveryCode = recoveryCodes.get(1);
    }

    private long category(String name, String kind, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("parentId", parentId);
        return ((Number) Api.jsonAs(token).body(body).post("/api/categories").then().statusCode(201).extract()
                .path("id")).longValue();
    }

    private long entry(String kind, Map<String, Object> body, String idempotencyKey) {
        return ((Number) Ledger.post(token, main, kind, body, idempotencyKey).then().statusCode(201).extract()
                .path("entry.id")).longValue();
    }
}
