package app.ledger.journal.integrity;

import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.verify;
import static app.ledger.support.Ledger.withdraw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.account.Account;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryType;
import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits made behind the service's back, straight in the database file, are found by verify. */
@QuarkusTest
class ChainVerificationTest {

    @Inject
    AgroalDataSource dataSource;

    private Database db;
    private String token;
    private long account;

    @BeforeEach
    void fiveEntries() {
        db = new Database(dataSource);
        token = Api.newUser();
        account = mainAccount(token);
        deposit(token, account, "10.00").then().statusCode(201);
        deposit(token, account, "20.00").then().statusCode(201);
        withdraw(token, account, "5.00").then().statusCode(201);
        deposit(token, account, "1.00").then().statusCode(201);
        withdraw(token, account, "2.00").then().statusCode(201);
    }

    private long entryId(int seq) {
        return db.count("SELECT id FROM entries WHERE account_id = ? AND seq = ?", account, seq);
    }

    @Test
    void anUntouchedAccountVerifies() {
        verify(token, account).then().statusCode(200)
                .body("ok", equalTo(true))
                .body("entriesChecked", equalTo(5))
                .body("balance", equalTo("24.00"))
                .body("computedBalance", equalTo("24.00"))
                .body("firstBrokenEntryId", nullValue());
    }

    @Test
    void anEditedAmountIsFoundAtThatEntry() {
        db.update("UPDATE entries SET amount_minor = 50000 WHERE account_id = ? AND seq = 2", account);
        verify(token, account).then().body("ok", equalTo(false))
                .body("firstBrokenSeq", equalTo(2))
                .body("firstBrokenEntryId", equalTo((int) entryId(2)));
    }

    @Test
    void aTamperedDayIsFoundAtThatEntry() {
        db.update("UPDATE entries SET occurred_on = occurred_on - 1 WHERE account_id = ? AND seq = 4", account);
        verify(token, account).then().body("ok", equalTo(false)).body("firstBrokenSeq", equalTo(4))
                .body("problem", equalTo("its content does not match its hash"));
    }

    @Test
    void aTamperedReversalLinkIsFound() {
        db.update("UPDATE entries SET reversal_of = ? WHERE account_id = ? AND seq = 3", entryId(1), account);
        verify(token, account).then().body("ok", equalTo(false)).body("firstBrokenSeq", equalTo(3));
    }

    @Test
    void editingMetadataKeepsTheChainWhole() {
        Api.jsonAs(token).body(Map.of("description", "lunch with Ann", "payee", "Deli", "tags", List.of("food"),
                "notes", "split later")).patch("/api/entries/" + entryId(2)).then().statusCode(200);
        verify(token, account).then().statusCode(200).body("ok", equalTo(true)).body("entriesChecked", equalTo(5));
    }

    @Test
    void aHashVersionChangedInTheDatabaseIsFound() {
        db.update("UPDATE entries SET hash_version = 1 WHERE account_id = ? AND seq = 2", account);
        verify(token, account).then().body("ok", equalTo(false)).body("firstBrokenSeq", equalTo(2));
    }

    @Test
    void aVersionOneEntryIsVerifiedOverTheDescriptionItWasHashedWithEvenAfterAnEdit() {
        makeVersionOne("Food");
        verify(token, account).then().body("ok", equalTo(true));

        Api.jsonAs(token).body(Map.of("description", "corrected")).patch("/api/entries/" + entryId(4))
                .then().statusCode(200).body("entry.description", equalTo("corrected"));
        verify(token, account).then().body("ok", equalTo(true));
        assertThat(db.rows("SELECT v1_description, v1_category FROM entries WHERE id = ?", entryId(4)).get(0))
                .containsEntry("v1_description", "entry 4").containsEntry("v1_category", "Food");

        db.update("UPDATE entries SET v1_description = 'innocent' WHERE id = ?", entryId(4));
        verify(token, account).then().body("ok", equalTo(false)).body("firstBrokenSeq", equalTo(4))
                .body("problem", equalTo("its content does not match its hash"));
    }

    @Test
    void aVersionOneEntryWithAnEditedOriginalCategoryIsFound() {
        makeVersionOne("Food");
        db.update("UPDATE entries SET v1_category = 'Travel' WHERE id = ?", entryId(2));
        verify(token, account).then().body("ok", equalTo(false)).body("firstBrokenSeq", equalTo(2));
    }

    /**
     * Rewrites the account's chain as versions before editable metadata wrote it: hash version 1, over the
     * description ("entry N") and a free-text category, kept in the columns the migration filled.
     */
    private void makeVersionOne(String category) {
        String previous = Account.GENESIS_HASH;
        for (Map<String, Object> row : db.rows("SELECT * FROM entries WHERE account_id = ? ORDER BY seq", account)) {
            Entry entry = new Entry();
            entry.accountId = (Long) row.get("account_id");
            entry.userId = (Long) row.get("user_id");
            entry.seq = (Long) row.get("seq");
            entry.type = EntryType.fromCode((String) row.get("type")).orElseThrow();
            entry.amountMinor = (Long) row.get("amount_minor");
            entry.balanceAfterMinor = (Long) row.get("balance_after_minor");
            entry.createdAt = InstantMicrosConverter.fromMicros((Long) row.get("created_at"));
            entry.hashVersion = 1;
            entry.v1Description = "entry " + entry.seq;
            entry.v1Category = category;
            entry.prevHash = previous;
            String hash = EntryHash.of(entry, "USD");
            db.update("UPDATE entries SET hash_version = 1, description = ?, v1_description = ?, v1_category = ?, "
                    + "prev_hash = ?, hash = ? WHERE id = ?", entry.v1Description, entry.v1Description, category,
                    previous, hash, row.get("id"));
            previous = hash;
        }
        db.update("UPDATE accounts SET last_hash = ? WHERE id = ?", previous, account);
    }

    @Test
    void anEditWithARecomputedLookingBalanceIsStillFound() {
        db.update("UPDATE entries SET amount_minor = 600, balance_after_minor = 2400 WHERE account_id = ? AND seq = 3",
                account);
        verify(token, account).then().body("ok", equalTo(false)).body("firstBrokenSeq", equalTo(3));
    }

    @Test
    void aDeletedEntryIsFound() {
        long third = entryId(3);
        db.update("DELETE FROM entries WHERE id = ?", third);
        verify(token, account).then().body("ok", equalTo(false)).body("firstBrokenSeq", equalTo(4))
                .body("problem", equalTo("entry 3 is missing"));
    }

    @Test
    void aDeletedNewestEntryIsFoundAtTheHead() {
        db.update("DELETE FROM entries WHERE id = ?", entryId(5));
        verify(token, account).then().body("ok", equalTo(false)).body("entriesChecked", equalTo(4))
                .body("firstBrokenEntryId", nullValue())
                .body("problem", equalTo("the account counts 5 entries but 4 were found"));
    }

    @Test
    void anEditedAccountBalanceIsFound() {
        db.update("UPDATE accounts SET balance_minor = 999999 WHERE id = ?", account);
        verify(token, account).then().body("ok", equalTo(false)).body("balance", equalTo("9999.99"))
                .body("computedBalance", equalTo("24.00"));
    }

    @Test
    void aNewEntryAfterTamperingDoesNotHideIt() {
        db.update("UPDATE entries SET occurred_on = occurred_on + 1 WHERE account_id = ? AND seq = 1", account);
        deposit(token, account, "1.00").then().statusCode(201);
        verify(token, account).then().body("ok", equalTo(false)).body("firstBrokenSeq", equalTo(1));
        assertThat(db.count("SELECT count(*) FROM entries WHERE account_id = ?", account)).isEqualTo(6);
    }
}
