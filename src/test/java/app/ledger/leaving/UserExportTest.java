package app.ledger.leaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.ledger.recurring.RecurringScheduler;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GET /api/me/export: everything of the user, nothing of anyone else, streamed in constant memory. */
@QuarkusTest
class UserExportTest {

    private static final List<String> SECTIONS = List.of("profile", "accounts", "entries", "entryChanges",
            "categories", "budgets", "budgetAlerts", "recurring", "recurringOccurrences", "rates", "importProfiles",
            "imports", "sessions", "secondFactor", "passkeys", "identityLinks", "personalTokens", "auditEvents");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RecurringScheduler scheduler;

    @Test
    void theExportHoldsEverySectionWithExactAmountsAndNothingOfAnotherUser() {
        Database db = new Database(dataSource);
        UserWithEverything other = new UserWithEverything(db, scheduler);
        UserWithEverything user = new UserWithEverything(db, scheduler);

        Response response = Api.as(user.token).get("/api/me/export");
        response.then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Content-Disposition", equalTo("attachment; filename=\"ledger-export-"
                        + LocalDate.now(ZoneOffset.UTC) + ".json\""));
        String text = response.asString();
        JsonPath export = JsonPath.from(text);

        assertThat(export.getString("format")).isEqualTo("ledger-export");
        Map<String, Object> document = export.getMap("");
        assertThat(document.keySet()).containsAll(SECTIONS);
        assertThat(export.getString("profile.username")).isEqualTo(user.username);
        assertThat(export.getString("profile.timeZone")).isEqualTo("Europe/Zurich");
        assertThat(export.getString("profile.locale")).isEqualTo("de-CH");
        assertThat(export.getString("profile.createdAt")).isNotNull();

        assertThat(export.getList("accounts.id", Long.class)).containsExactly(user.main, user.savings);
        // 1000.00 - 45.50 - 3.25 - 100.00 (transfer) + 3.25 (reversal) - 12.00 (recurring)
        assertThat(export.getString("accounts[0].balance")).isEqualTo("842.50");
        assertThat(export.getString("accounts[1].balance")).isEqualTo("100.00");

        List<Map<String, Object>> entries = export.getList("entries");
        assertThat(entries).hasSize((int) db.count("SELECT count(*) FROM entries WHERE user_id = ?", user.userId));
        assertThat(entries).extracting(e -> ((Number) e.get("accountId")).longValue())
                .allMatch(id -> id == user.main || id == user.savings);
        Map<String, Object> salary = entry(entries, user.salaryEntry);
        assertThat(salary).containsEntry("amount", "1000.00").containsEntry("currency", user.currency)
                .containsEntry("type", "deposit").containsEntry("description", "Salary")
                .containsEntry("payee", "Employer AG").containsEntry("notes", "November")
                .containsEntry("bankReference", "REF-1").containsEntry("occurredOn",
                        LocalDate.now(ZoneId.of("Europe/Zurich")).toString())
                .containsKeys("recordedAt", "reversalOf", "reversedBy", "counterpart", "tags");
        assertThat(((Number) salary.get("importId")).longValue()).isEqualTo(user.importId);
        assertThat((String) salary.get("hash")).hasSize(64);
        assertThat(salary.get("category")).isEqualTo(Map.of("id", Math.toIntExact(
                db.count("SELECT category_id FROM entries WHERE id = ?", user.salaryEntry)), "name", "Salary"));
        Map<String, Object> shopping = entry(entries, user.shoppingEntry);
        assertThat(shopping).containsEntry("amount", "45.50").containsEntry("payee", UserWithEverything.PAYEE)
                .containsEntry("notes", "milk and bread").containsEntry("tags", List.of("food", "weekly", "edited"));
        Map<String, Object> reversed = entry(entries, user.reversedEntry);
        Map<String, Object> reversal = entry(entries, ((Number) reversed.get("reversedBy")).longValue());
        assertThat(((Number) reversal.get("reversalOf")).longValue()).isEqualTo(user.reversedEntry);
        assertThat(reversal).containsEntry("amount", "3.25").containsEntry("type", "deposit");
        Map<String, Object> transferOut = entries.stream().filter(e -> "transfer_out".equals(e.get("type")))
                .findFirst().orElseThrow();
        assertThat(transferOut).containsEntry("amount", "100.00").containsEntry("counterpart",
                Map.of("accountId", Math.toIntExact(user.savings), "amount", "100.00", "currency", user.currency));

        assertThat(export.getList("entryChanges.field", String.class)).contains("notes", "tags");
        assertThat(export.getList("entryChanges.entryId", Long.class)).contains(user.shoppingEntry)
                .allMatch(id -> entries.stream().anyMatch(e -> ((Number) e.get("id")).longValue() == id));
        assertThat(export.getList("categories.name", String.class))
                .containsExactlyInAnyOrder("Salary", "Groceries", "Fruit");
        assertThat(export.getString("budgets[0].amount")).isEqualTo("40.00");
        assertThat(export.getList("budgetAlerts.threshold", Integer.class)).contains(100);
        assertThat(export.getString("recurring[0].amount")).isEqualTo("12.00");
        assertThat(export.getString("recurringOccurrences[0].status")).isEqualTo("posted");
        assertThat(export.getString("rates[0].rate")).isEqualTo("161.25");
        assertThat(export.getString("importProfiles[0].name")).isEqualTo("My bank");
        assertThat(export.getString("imports[0].status")).isEqualTo("previewed");
        assertThat(export.getList("sessions")).isNotEmpty();
        assertThat(export.getMap("sessions[0]")).doesNotContainKeys("id", "token")
                .containsKeys("createdAt", "lastSeenAt", "userAgent", "address");

        assertThat(export.getString("identityLinks[0].subject")).isEqualTo("subject-of-" + user.username);
        assertThat(export.getList("identityLinks")).hasSize(1);

        assertThat(export.getMap("secondFactor")).containsOnlyKeys("enabled", "enabledAt", "recoveryCodesLeft")
                .containsEntry("enabled", true).containsEntry("recoveryCodesLeft", 9);
        assertThat(export.getString("secondFactor.enabledAt")).isNotNull();
        String secretColumns = String.join(" ", db.rows("SELECT t.secret, r.code_hash FROM totp_credentials t "
                + "JOIN recovery_codes r ON r.user_id = t.user_id WHERE t.user_id = ?", user.userId).stream()
                .flatMap(row -> row.values().stream()).map(String::valueOf).toList());
        assertThat(secretColumns).isNotBlank();
        for (String stored : secretColumns.split(" ")) {
            assertThat(text).as("no secret nor recovery code hash").doesNotContain(stored);
        }
        assertThat(export.getList("passkeys")).hasSize(1);
        assertThat(export.getMap("passkeys[0]")).containsOnlyKeys("name", "transports", "createdAt", "lastUsedAt")
                .containsEntry("name", UserWithEverything.PASSKEY).containsEntry("transports", List.of("internal"));
        assertThat(export.getString("passkeys[0].lastUsedAt")).isNotNull();
        Map<String, Object> passkey = db.rows("SELECT credential_id, public_key FROM passkeys WHERE user_id = ?",
                user.userId).get(0);
        assertThat(text).as("no passkey id nor key").doesNotContain((String) passkey.get("credential_id"))
                .doesNotContain((String) passkey.get("public_key"));
        assertThat(export.getList("personalTokens")).hasSize(1);
        assertThat(export.getMap("personalTokens[0]"))
                .containsOnlyKeys("name", "scopes", "createdAt", "expiresAt", "lastUsedAt")
                .containsEntry("name", "backup script").containsEntry("scopes", List.of("read"));
        String tokenHash = (String) db.rows("SELECT token_hash FROM personal_tokens WHERE user_id = ?", user.userId)
                .get(0).get("token_hash");
        assertThat(text).as("no token hash").doesNotContain(tokenHash);
        List<Map<String, Object>> events = export.getList("auditEvents");
        assertThat(events).extracting(e -> (String) e.get("kind")).containsSubsequence(
                "login-succeeded", "second-factor-on", "recovery-code-used", "login-succeeded", "export");
        assertThat(events.get(events.size() - 1)).containsEntry("kind", "export")
                .containsKeys("seq", "occurredAt", "address", "userAgent", "prevHash", "hash");
        assertThat(events).extracting(e -> ((Number) e.get("seq")).longValue()).isSorted();
        assertThat(db.count("SELECT count(*) FROM audit_events WHERE user_id = ? AND kind = 'export'",
                user.userId)).isOne();
        assertThat(db.count("SELECT count(*) FROM audit_events WHERE user_id = ? AND kind = 'export'",
                other.userId)).isZero();
        Api.as(user.token).get("/api/me/audit").then().statusCode(200)
                .body("items[0].kind", equalTo("export"));

        assertThat(text).doesNotContain(other.username)
                .doesNotContain("\"accountId\":" + other.main + ",")
                .doesNotContain("\"id\":" + other.salaryEntry + ",");
    }

    @Test
    void theExportNeedsALogin() {
        RestAssured.given().get("/api/me/export").then().statusCode(401);
    }

    private static Map<String, Object> entry(List<Map<String, Object>> entries, long id) {
        return entries.stream().filter(e -> ((Number) e.get("id")).longValue() == id).findFirst().orElseThrow();
    }

    /**
     * 50,000 entries: the first bytes arrive, then a deposit is made, and the export, read on to its end,
     * holds it as its last entry: the rows were read page by page as the document was written, not all before.
     */
    @Test
    void fiftyThousandEntriesStreamPageByPageWithoutAnotherUsersEntries() throws Exception {
        Database db = new Database(dataSource);
        String neighbour = Api.newUser();
        long neighbourAccount = Ledger.mainAccount(neighbour);
        Ledger.deposit(neighbour, neighbourAccount, "5.00").then().statusCode(201);
        String token = Api.newUser();
        long bulkAccount = Ledger.mainAccount(token);
        long otherAccount = Ledger.openAccount(token, "Other", "EUR");
        long userId = ((Number) Api.as(token).get("/api/me").path("id")).longValue();
        int count = 50_000;
        insertEntries(db, userId, bulkAccount, count);

        long heapBefore = retainedHeap();
        HttpResponse<InputStream> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/me/export"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).as("streamed, length unknown").isEmpty();
        assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        InputStream body = response.body();
        byte[] start = body.readNBytes(16 * 1024);
        assertThat(new String(start, StandardCharsets.UTF_8)).startsWith("{\"format\":\"ledger-export\"");

        long late = ((Number) Ledger.deposit(token, otherAccount, "7.77").then().statusCode(201).extract()
                .path("entry.id")).longValue();

        long entries = 0;
        long lastId = 0;
        long maxHeapGrowth = 0;
        long bytes = start.length;
        Set<Long> accounts = new HashSet<>();
        CountingStream counted = new CountingStream(body);
        try (JsonParser parser = new JsonFactory().createParser(
                new SequenceInputStream(new ByteArrayInputStream(start), counted))) {
            String section = null;
            int depth = 0;
            while (parser.nextToken() != null) {
                JsonToken token2 = parser.currentToken();
                if (token2 == JsonToken.START_OBJECT || token2 == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token2 == JsonToken.END_OBJECT || token2 == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token2 == JsonToken.FIELD_NAME && depth == 1) {
                    section = parser.currentName();
                } else if (token2 == JsonToken.FIELD_NAME && depth == 3 && "entries".equals(section)) {
                    if ("id".equals(parser.currentName())) {
                        parser.nextToken();
                        lastId = parser.getLongValue();
                        if (++entries % 5_000 == 0) {
                            maxHeapGrowth = Math.max(maxHeapGrowth, retainedHeap() - heapBefore);
                        }
                    } else if ("accountId".equals(parser.currentName())) {
                        parser.nextToken();
                        accounts.add(parser.getLongValue());
                    }
                }
            }
        }
        bytes += counted.count;
        System.out.printf("Export of %d entries: %d bytes; live heap (after a full collection) grew by at most "
                + "%.1f MiB while it streamed%n", entries, bytes, maxHeapGrowth / 1048576.0);

        assertThat(entries).isEqualTo(count + 1);
        assertThat(lastId).as("the deposit made after the first bytes arrived is in the export").isEqualTo(late);
        assertThat(accounts).containsExactlyInAnyOrder(bulkAccount, otherAccount);
        assertThat(bytes).isGreaterThan(25L << 20);
        // the document is over 25 MiB as bytes, and far more as rows in memory: held whole, it would show here
        assertThat(maxHeapGrowth).as("live heap growth while streaming").isLessThan(16L << 20);
    }

    /** The heap in use after a full collection: what is really held, not garbage waiting for the collector. */
    private static long retainedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Entries written straight into the table, ids taken from the counter as the writer takes them. */
    private static void insertEntries(Database db, long userId, long accountId, int count) {
        long next = ((Number) db.rows("SELECT next_val FROM entry_ids WHERE id = 1").get(0).get("next_val"))
                .longValue();
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        db.update("INSERT INTO entries (id, account_id, user_id, seq, type, amount_minor, balance_after_minor, "
                + "description, created_at, occurred_on, hash_version, prev_hash, hash) "
                + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + count + ") "
                + "SELECT ? + i, ?, ?, i, 'deposit', 100, 100 * i, 'bulk entry number ' || i, ? + i, ?, 2, "
                + "'0000000000000000000000000000000000000000000000000000000000000000', "
                + "'1111111111111111111111111111111111111111111111111111111111111111' FROM n",
                next - 1, accountId, userId, micros, LocalDate.now(ZoneOffset.UTC).toEpochDay());
        db.update("UPDATE entry_ids SET next_val = ? WHERE id = 1", next + count);
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
