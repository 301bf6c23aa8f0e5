package app.ledger.live;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Why a stream ended with its session: {@code logout} (the session was ended) or {@code expired}. */
@RegisterForReflection
public record SessionEndView(String reason) {

    static final SessionEndView LOGOUT = new SessionEndView("logout");
    static final SessionEndView EXPIRED = new SessionEndView("expired");
}
