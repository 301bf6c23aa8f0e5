package app.ledger.auth.session;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** What a user may do with their own sessions: see them and end them. */
@ApplicationScoped
public class SessionService {

    private final Sessions sessions;

    public SessionService(Sessions sessions) {
        this.sessions = sessions;
    }

    public Uni<List<SessionView>> list(long userId, String currentSessionId) {
        return sessions.list(userId, currentSessionId);
    }

    /** Ends the session, which may be the current one (then it is a logout); another user's is not found. */
    public Uni<Void> revoke(long userId, String currentSessionId, String sessionId) {
        return sessions.end(userId, sessionId)
                .flatMap(ended -> ended ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new SessionNotFoundException()));
    }

    public Uni<RevokedSessions> revokeOthers(long userId, String currentSessionId) {
        return sessions.endAllBut(userId, currentSessionId).map(ended -> new RevokedSessions(ended.size()));
    }
}
