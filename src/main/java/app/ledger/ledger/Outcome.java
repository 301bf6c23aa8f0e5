package app.ledger.ledger;

import app.ledger.web.ProblemException;
import java.util.List;

/**
 * What one command came to: a response (status and the exact JSON body, also what a replay returns) and
 * the entries it appended, or the problem that refused it.
 */
public record Outcome(int status, String body, List<CommittedEntry> entries, ProblemException problem) {

    static Outcome success(int status, String body, List<CommittedEntry> entries) {
        return new Outcome(status, body, entries, null);
    }

    static Outcome replay(int status, String body) {
        return new Outcome(status, body, List.of(), null);
    }

    static Outcome refused(ProblemException problem) {
        return new Outcome(problem.status(), null, List.of(), problem);
    }

    public boolean isRefused() {
        return problem != null;
    }
}
