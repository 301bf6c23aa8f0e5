package app.ledger.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether a user's audit events agree with their hash chain. {@code keptFrom} is the first event still kept
 * (older ones were removed after the retention time); when the chain is broken, the first event where it
 * stops agreeing is named (null when the break is at the head, after the last event).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditVerificationView(boolean ok, long eventsChecked, long keptFrom, Long firstBrokenSeq,
        String problem) {
}
