package app.ledger.audit;

import java.util.List;

/** A verification's state carried from chunk to chunk: the last event that agreed with the chain. */
final class AuditChainWalk {

    private final long keptFrom;
    private long seq;
    private String hash;
    private long checked;
    private Long brokenSeq;
    private String problem;

    AuditChainWalk(long prunedSeq, String prunedHash) {
        this.keptFrom = prunedSeq + 1;
        this.seq = prunedSeq;
        this.hash = prunedHash;
    }

    long seq() {
        return seq;
    }

    /** Answers true at the first event that breaks the chain. */
    boolean check(List<AuditEvent> chunk) {
        for (AuditEvent event : chunk) {
            String reason = reasonBroken(event);
            if (reason != null) {
                brokenSeq = event.seq;
                problem = reason;
                return true;
            }
            seq = event.seq;
            hash = event.hash;
            checked++;
        }
        return false;
    }

    private String reasonBroken(AuditEvent event) {
        if (event.seq != seq + 1) {
            return "event " + (seq + 1) + " is missing";
        }
        if (!event.prevHash.equals(hash)) {
            return "does not link to the event before it";
        }
        if (!AuditHash.of(event).equals(event.hash)) {
            return "its content does not match its hash";
        }
        return null;
    }

    AuditVerificationView result(AuditChain chain) {
        String reason = problem;
        if (reason == null && chain == null && checked > 0) {
            reason = "the chain's head is missing";
        } else if (reason == null && chain != null && chain.headSeq != seq) {
            reason = "the chain ends at event " + chain.headSeq + " but " + seq + " was the last found";
        } else if (reason == null && chain != null && !chain.headHash.equals(hash)) {
            reason = "the chain's head does not match its last event";
        }
        return new AuditVerificationView(reason == null, checked, keptFrom, brokenSeq, reason);
    }
}
