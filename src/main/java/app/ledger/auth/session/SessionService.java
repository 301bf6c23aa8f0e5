package app.ledger.auth.session;

import app.ledger.audit.AuditKind;
import app.ledger.audit.AuditOrigin;
import app.ledger.audit.AuditService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** What a user may do with their own sessions: see them and end them. */
@ApplicationScoped
public class SessionService {

    private final Sessions sessions;
    private final AuditService audit;

    public SessionService(Sessions sessions, AuditService audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    public Uni<List<SessionView>> list(long userId, String currentSessionId) {
        return sessions.list(userId, currentSessionId);
    }

    /** Ends the session, which may be the current one (then it is a logout); another user's is not found. */
    public Uni<Void> revoke(long userId, String currentSessionId, String sessionId, AuditOrigin origin) {
        return sessions.end(userId, sessionId)
                .flatMap(ended -> ended
                        ? audit.record(userId, AuditKind.SESSION_REVOKED, origin, sessionId.equals(currentSessionId)
                                ? "this session" : "session " + sessionId)
                        : Uni.createFrom().failure(new SessionNotFoundException()));
    }

    public Uni<RevokedSessions> revokeOthers(long userId, String currentSessionId, AuditOrigin origin) {
        return sessions.endAllBut(userId, currentSessionId)
                .call(ended -> audit.record(userId, AuditKind.SESSION_REVOKED, origin,
                        "every other session (" + ended.size() + ")"))
                .map(ended -> new RevokedSessions(ended.size()));
    }
}
