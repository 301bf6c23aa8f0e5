package app.ledger.journal.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether an account's entries and balance agree with their hash chain. When they do not, the first entry
 * where they stop agreeing is named (null when the break is at the account's head, after the last entry).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VerificationView(long accountId, boolean ok, long entriesChecked, String balance,
        String computedBalance, Long firstBrokenEntryId, Long firstBrokenSeq, String problem) {
}
