package app.ledger.leaving.export;

import static app.ledger.leaving.export.ExportValues.day;
import static app.ledger.leaving.export.ExportValues.instant;
import static app.ledger.leaving.export.ExportValues.json;
import static app.ledger.leaving.export.ExportValues.money;

import app.ledger.persistence.read.Cells;
import app.ledger.persistence.read.DirectReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every section of the export, in document order: one per table of the user's own data. Derived tables
 * (day, week and month totals, payee suggestions) and stored answers to retried requests are left out: they
 * are computed from the entries. Import previews are exported without their rows.
 */
@ApplicationScoped
public class ExportSections {

    private final List<ExportSection> all;

    public ExportSections(DirectReads reads) {
        this.all = List.of(
                profile(reads), accounts(reads), entries(reads), entryChanges(reads), categories(reads),
                budgets(reads), budgetAlerts(reads), recurring(reads), recurringOccurrences(reads), rates(reads),
                importProfiles(reads), imports(reads), sessions(reads), secondFactor(reads), passkeys(reads),
                identityLinks(reads), personalTokens(reads), auditEvents(reads));
    }

    public List<ExportSection> all() {
        return all;
    }

    private static ExportSection profile(DirectReads reads) {
        return new TableSection(reads, "profile", true, 0L, "SELECT id, username, time_zone, locale, created_at FROM users "
                + "WHERE id = ?U AND id > ?K{limit}", row -> new ExportRow(row.getLong(0), fields(
                        "id", row.getLong(0),
                        "username", row.getString(1),
                        "timeZone", row.getString(2),
                        "locale", row.getString(3),
                        "createdAt", instant(row.getLong(4)))));
    }

    private static ExportSection accounts(DirectReads reads) {
        return new TableSection(reads, "accounts", 0L, "SELECT id, name, currency, balance_minor, entry_count, "
                + "last_hash, created_at FROM accounts WHERE user_id = ?U AND id > ?K ORDER BY id{limit}",
                row -> new ExportRow(row.getLong(0), fields(
                        "id", row.getLong(0),
                        "name", row.getString(1),
                        "currency", row.getString(2),
                        "balance", money(row.getLong(3), row.getString(2)),
                        "entryCount", row.getLong(4),
                        "lastHash", row.getString(5),
                        "createdAt", instant(row.getLong(6)))));
    }

    /** Every entry of every account of the user, in the order they were recorded. */
    private static ExportSection entries(DirectReads reads) {
        return new TableSection(reads, "entries", 0L, "SELECT e.id, e.account_id, a.currency, e.seq, e.type, "
                + "e.amount_minor, e.balance_after_minor, e.occurred_on, e.created_at, e.description, e.category_id, "
                + "c.name, e.payee, e.tags, e.notes, e.reversal_of, e.reversed_by, e.transfer_id, "
                + "e.counterpart_account_id, e.counter_amount_minor, e.counter_currency, e.import_id, "
                + "e.bank_reference, e.hash_version, e.prev_hash, e.hash, e.v1_description, e.v1_category "
                + "FROM entries e JOIN accounts a ON a.id = e.account_id "
                + "LEFT JOIN categories c ON c.id = e.category_id "
                + "WHERE e.user_id = ?U AND e.id > ?K ORDER BY e.id{limit}", ExportSections::entry);
    }

    private static ExportRow entry(Cells row) {
        String currency = row.getString(2);
        Long categoryId = row.getNullableLong(10);
        Long counterpartId = row.getNullableLong(18);
        Map<String, Object> counterpart = null;
        if (counterpartId != null) {
            // legs written before counter amounts were kept moved the same amount in the same currency
            String counterCurrency = row.getString(20) != null ? row.getString(20) : currency;
            Long counterMinor = row.getNullableLong(19) != null ? row.getNullableLong(19) : row.getLong(5);
            counterpart = fields("accountId", counterpartId, "amount", money(counterMinor, counterCurrency),
                    "currency", counterCurrency);
        }
        Map<String, Object> entry = fields(
                "id", row.getLong(0),
                "accountId", row.getLong(1),
                "seq", row.getLong(3),
                "occurredOn", day(row.getLong(7)),
                "recordedAt", instant(row.getLong(8)),
                "type", row.getString(4),
                "amount", money(row.getLong(5), currency),
                "currency", currency,
                "balanceAfter", money(row.getLong(6), currency),
                "description", row.getString(9),
                "category", categoryId == null ? null : fields("id", categoryId, "name", row.getString(11)),
                "payee", row.getString(12),
                "tags", json(row.getString(13)),
                "notes", row.getString(14),
                "reversalOf", row.getNullableLong(15),
                "reversedBy", row.getNullableLong(16),
                "transferId", row.getString(17),
                "counterpart", counterpart,
                "importId", row.getNullableLong(21),
                "bankReference", row.getString(22),
                "hashVersion", row.getLong(23),
                "prevHash", row.getString(24),
                "hash", row.getString(25));
        if (row.getLong(23) == 1) {
            // the description and category text exactly as version 1 hashed them
            entry.put("v1Description", row.getString(26));
            entry.put("v1Category", row.getString(27));
        }
        return new ExportRow(row.getLong(0), entry);
    }

    /** The trail of metadata changes: one object per changed field of an edit. */
    private static ExportSection entryChanges(DirectReads reads) {
        return new TableSection(reads, "entryChanges", List.of(0L, ""), "SELECT edit_id, field, entry_id, "
                + "changed_by, changed_at, old_value, new_value FROM entry_changes WHERE user_id = ?U "
                + "AND (edit_id > ?K1 OR (edit_id = ?K1 AND field > ?K2)) ORDER BY edit_id, field{limit}",
                row -> new ExportRow(List.of(row.getLong(0), row.getString(1)), fields(
                        "editId", row.getLong(0),
                        "entryId", row.getLong(2),
                        "field", row.getString(1),
                        "changedBy", row.getLong(3),
                        "changedAt", instant(row.getLong(4)),
                        "before", json(row.getString(5)),
                        "after", json(row.getString(6)))));
    }

    private static ExportSection categories(DirectReads reads) {
        return new TableSection(reads, "categories", 0L, "SELECT id, parent_id, name, kind, color, archived_at, "
                + "created_at FROM categories WHERE user_id = ?U AND id > ?K ORDER BY id{limit}",
                row -> new ExportRow(row.getLong(0), fields(
                        "id", row.getLong(0),
                        "parentId", row.getNullableLong(1),
                        "name", row.getString(2),
                        "kind", row.getString(3),
                        "color", row.getString(4),
                        "archivedAt", instant(row.getNullableLong(5)),
                        "createdAt", instant(row.getLong(6)))));
    }

    private static ExportSection budgets(DirectReads reads) {
        return new TableSection(reads, "budgets", 0L, "SELECT id, category_id, currency, amount_minor, period, "
                + "created_at FROM budgets WHERE user_id = ?U AND id > ?K ORDER BY id{limit}",
                row -> new ExportRow(row.getLong(0), fields(
                        "id", row.getLong(0),
                        "categoryId", row.getLong(1),
                        "currency", row.getString(2),
                        "amount", money(row.getLong(3), row.getString(2)),
                        "period", row.getString(4),
                        "createdAt", instant(row.getLong(5)))));
    }

    /** The 80 % and 100 % alerts each budget has sent, per month. */
    private static ExportSection budgetAlerts(DirectReads reads) {
        return new TableSection(reads, "budgetAlerts", List.of(0L, 0L, 0L), "SELECT l.budget_id, l.month, "
                + "l.threshold, l.spent_minor, l.sent_at, b.currency FROM budget_alerts l "
                + "JOIN budgets b ON b.id = l.budget_id WHERE b.user_id = ?U AND (l.budget_id > ?K1 "
                + "OR (l.budget_id = ?K1 AND (l.month > ?K2 OR (l.month = ?K2 AND l.threshold > CAST(?K3 AS BIGINT))))) "
                + "ORDER BY l.budget_id, l.month, l.threshold{limit}",
                row -> new ExportRow(List.of(row.getLong(0), row.getLong(1), row.getLong(2)), fields(
                        "budgetId", row.getLong(0),
                        "month", String.format("%04d-%02d", row.getLong(1) / 12, row.getLong(1) % 12 + 1),
                        "threshold", row.getLong(2),
                        "spent", money(row.getLong(3), row.getString(5)),
                        "sentAt", instant(row.getLong(4)))));
    }

    private static ExportSection recurring(DirectReads reads) {
        return new TableSection(reads, "recurring", 0L, "SELECT id, account_id, type, amount, description, "
                + "category_id, payee, tags, notes, every, interval_n, month_day, weekday, start_on, end_on, "
                + "max_count, next_on, paused_at, created_at FROM recurring_schedules "
                + "WHERE user_id = ?U AND id > ?K ORDER BY id{limit}",
                row -> new ExportRow(row.getLong(0), fields(
                        "id", row.getLong(0),
                        "accountId", row.getLong(1),
                        "type", row.getString(2),
                        "amount", row.getString(3),
                        "description", row.getString(4),
                        "categoryId", row.getNullableLong(5),
                        "payee", row.getString(6),
                        "tags", json(row.getString(7)),
                        "notes", row.getString(8),
                        "every", row.getString(9),
                        "interval", row.getLong(10),
                        "monthDay", row.getNullableLong(11),
                        "weekday", row.getNullableLong(12),
                        "startOn", day(row.getLong(13)),
                        "endOn", day(row.getNullableLong(14)),
                        "maxCount", row.getNullableLong(15),
                        "nextOn", day(row.getNullableLong(16)),
                        "pausedAt", instant(row.getNullableLong(17)),
                        "createdAt", instant(row.getLong(18)))));
    }

    /** What the scheduler did on each date of each schedule: posted (with its entry) or failed. */
    private static ExportSection recurringOccurrences(DirectReads reads) {
        return new TableSection(reads, "recurringOccurrences", List.of(0L, 0L), "SELECT o.schedule_id, "
                + "o.occurs_on, o.status, o.entry_id, o.reason, o.recorded_at FROM recurring_occurrences o "
                + "JOIN recurring_schedules s ON s.id = o.schedule_id WHERE s.user_id = ?U "
                + "AND (o.schedule_id > ?K1 OR (o.schedule_id = ?K1 AND o.occurs_on > CAST(?K2 AS BIGINT))) "
                + "ORDER BY o.schedule_id, o.occurs_on{limit}",
                row -> new ExportRow(List.of(row.getLong(0), row.getLong(1)), fields(
                        "scheduleId", row.getLong(0),
                        "occursOn", day(row.getLong(1)),
                        "status", row.getString(2),
                        "entryId", row.getNullableLong(3),
                        "reason", row.getString(4),
                        "recordedAt", instant(row.getLong(5)))));
    }

    /** The rates the user entered or uploaded; the published ones everybody shares are not theirs. */
    private static ExportSection rates(DirectReads reads) {
        return new TableSection(reads, "rates", 0L, "SELECT id, source, day, base, quote, rate, updated_at "
                + "FROM exchange_rates WHERE user_id = ?U AND id > ?K ORDER BY id{limit}",
                row -> new ExportRow(row.getLong(0), fields(
                        "id", row.getLong(0),
                        "source", row.getString(1),
                        "date", day(row.getLong(2)),
                        "base", row.getString(3),
                        "quote", row.getString(4),
                        "rate", row.getString(5),
                        "updatedAt", instant(row.getLong(6)))));
    }

    private static ExportSection importProfiles(DirectReads reads) {
        return new TableSection(reads, "importProfiles", 0L, "SELECT id, name, header_fingerprint, mapping, "
                + "dialect, created_at, updated_at FROM import_profiles WHERE user_id = ?U AND id > ?K "
                + "ORDER BY id{limit}",
                row -> new ExportRow(row.getLong(0), fields(
                        "id", row.getLong(0),
                        "name", row.getString(1),
                        "headerFingerprint", row.getString(2),
                        "mapping", json(row.getString(3)),
                        "dialect", json(row.getString(4)),
                        "createdAt", instant(row.getLong(5)),
                        "updatedAt", instant(row.getLong(6)))));
    }

    /** Each import with its counts and state; the rows of its preview are not exported. */
    private static ExportSection imports(DirectReads reads) {
        return new TableSection(reads, "imports", 0L, "SELECT i.id, i.account_id, i.file_name, i.format, i.status, "
                + "i.total_rows, i.new_rows, i.duplicate_rows, i.invalid_rows, i.imported_rows, "
                + "i.opening_balance_minor, i.opening_balance_on, i.options, i.notes, i.created_at, i.committed_at, "
                + "i.undone_at, a.currency FROM imports i JOIN accounts a ON a.id = i.account_id "
                + "WHERE i.user_id = ?U AND i.id > ?K ORDER BY i.id{limit}",
                row -> new ExportRow(row.getLong(0), fields(
                        "id", row.getLong(0),
                        "accountId", row.getLong(1),
                        "fileName", row.getString(2),
                        "format", row.getString(3),
                        "status", row.getString(4),
                        "totalRows", row.getLong(5),
                        "newRows", row.getLong(6),
                        "duplicateRows", row.getLong(7),
                        "invalidRows", row.getLong(8),
                        "importedRows", row.getLong(9),
                        "openingBalance", money(row.getNullableLong(10), row.getString(17)),
                        "openingBalanceOn", day(row.getNullableLong(11)),
                        "options", json(row.getString(12)),
                        "notes", json(row.getString(13)),
                        "createdAt", instant(row.getLong(14)),
                        "committedAt", instant(row.getNullableLong(15)),
                        "undoneAt", instant(row.getNullableLong(16)))));
    }

    /** Where and when the user is logged in; nothing that could stand in for a token. */
    private static ExportSection sessions(DirectReads reads) {
        return new TableSection(reads, "sessions", "", "SELECT id, created_at, last_seen_at, expires_at, "
                + "user_agent, address FROM sessions WHERE user_id = ?U AND id > ?K ORDER BY id{limit}",
                row -> new ExportRow(row.getString(0), fields(
                        "createdAt", instant(row.getLong(1)),
                        "lastSeenAt", instant(row.getLong(2)),
                        "expiresAt", instant(row.getLong(3)),
                        "userAgent", row.getString(4),
                        "address", row.getString(5))));
    }

    /**
     * Whether two-step login is on and how many recovery codes are left: never the secret, nor the codes'
     * hashes, which would let whoever holds the file make codes or guess at them.
     */
    private static ExportSection secondFactor(DirectReads reads) {
        return new TableSection(reads, "secondFactor", true, 0L, "SELECT u.id, t.enabled_at, "
                + "(SELECT count(*) FROM recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) "
                + "FROM users u LEFT JOIN totp_credentials t ON t.user_id = u.id "
                + "WHERE u.id = ?U AND u.id > ?K{limit}", row -> {
                    Long enabledAt = row.getNullableLong(1);
                    return new ExportRow(row.getLong(0), fields(
                            "enabled", enabledAt != null,
                            "enabledAt", instant(enabledAt),
                            "recoveryCodesLeft", enabledAt != null ? row.getLong(2) : 0L));
                });
    }

    /** The passkeys the user signs in with, by name; never their credential ids or public keys. */
    private static ExportSection passkeys(DirectReads reads) {
        return new TableSection(reads, "passkeys", 0L, "SELECT id, name, transports, created_at, last_used_at "
                + "FROM passkeys WHERE user_id = ?U AND id > ?K ORDER BY id{limit}",
                row -> new ExportRow(row.getLong(0), fields(
                        "name", row.getString(1),
                        "transports", row.getString(2).isEmpty() ? List.of() : List.of(row.getString(2).split(",")),
                        "createdAt", instant(row.getLong(3)),
                        "lastUsedAt", instant(row.getNullableLong(4)))));
    }

    /** The accounts at identity providers that open this user. */
    private static ExportSection identityLinks(DirectReads reads) {
        return new TableSection(reads, "identityLinks", 0L, "SELECT id, issuer, subject, email, created_at, "
                + "last_used_at FROM identity_links WHERE user_id = ?U AND id > ?K ORDER BY id{limit}",
                row -> new ExportRow(row.getLong(0), fields(
                        "issuer", row.getString(1),
                        "subject", row.getString(2),
                        "email", row.getString(3),
                        "createdAt", instant(row.getLong(4)),
                        "lastUsedAt", instant(row.getNullableLong(5)))));
    }

    /** The personal access tokens for scripts, by name and scope; never the tokens or their hashes. */
    private static ExportSection personalTokens(DirectReads reads) {
        return new TableSection(reads, "personalTokens", 0L, "SELECT id, name, scopes, created_at, expires_at, "
                + "last_used_at FROM personal_tokens WHERE user_id = ?U AND id > ?K ORDER BY id{limit}",
                row -> new ExportRow(row.getLong(0), fields(
                        "name", row.getString(1),
                        "scopes", List.of(row.getString(2).split(",")),
                        "createdAt", instant(row.getLong(3)),
                        "expiresAt", instant(row.getNullableLong(4)),
                        "lastUsedAt", instant(row.getNullableLong(5)))));
    }

    /** The security history, oldest first, with the hashes that chain it. */
    private static ExportSection auditEvents(DirectReads reads) {
        return new TableSection(reads, "auditEvents", 0L, "SELECT seq, kind, occurred_at, address, user_agent, "
                + "detail, prev_hash, hash FROM audit_events WHERE user_id = ?U AND seq > ?K ORDER BY seq{limit}",
                row -> new ExportRow(row.getLong(0), fields(
                        "seq", row.getLong(0),
                        "kind", row.getString(1),
                        "occurredAt", instant(row.getLong(2)),
                        "address", row.getString(3),
                        "userAgent", row.getString(4),
                        "detail", row.getString(5),
                        "prevHash", row.getString(6),
                        "hash", row.getString(7))));
    }

    /** Name, value, name, value …, in this order; values may be null. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
