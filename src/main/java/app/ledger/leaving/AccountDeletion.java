package app.ledger.leaving;

import app.ledger.auth.PasswordConfirmation;
import app.ledger.auth.SecondFactorConfirmation;
import app.ledger.auth.personaltoken.PersonalTokens;
import app.ledger.auth.session.Sessions;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * A user leaves: after their password (a user without one: a sign-in within the last minutes) and second
 * factor, when they have one, every row of theirs is
 * deleted ({@link UserDataEraser}), and then every session they had ends, on every instance, with its open
 * event streams, and every personal access token they had is refused, on every instance.
 */
@ApplicationScoped
public class AccountDeletion {

    private final PasswordConfirmation passwords;
    private final SecondFactorConfirmation secondFactor;
    private final UserDataEraser eraser;
    private final Sessions sessions;
    private final PersonalTokens personalTokens;

    public AccountDeletion(PasswordConfirmation passwords, SecondFactorConfirmation secondFactor,
            UserDataEraser eraser, Sessions sessions, PersonalTokens personalTokens) {
        this.passwords = passwords;
        this.secondFactor = secondFactor;
        this.eraser = eraser;
        this.sessions = sessions;
        this.personalTokens = personalTokens;
    }

    /** @param signedInAt when the session asking was opened (its token issued), for a user without a password */
    public Uni<Void> delete(long userId, DeleteAccountRequest request, Instant signedInAt, String clientAddress) {
        DeleteAccountRequest body = request != null ? request : new DeleteAccountRequest(null, null);
        return passwords.confirmOrSignedInRecently(userId, body.password(), signedInAt, clientAddress)
                .chain(user -> secondFactor.confirm(user, "totp", body.totp(), clientAddress))
                .chain(() -> eraser.erase(userId))
                .invoke(sessionIds -> {
                    sessions.deletedWithTheirUser(sessionIds);
                    personalTokens.deletedWithTheirUser(userId);
                    Log.infof("User %d deleted their account and all its data", userId);
                })
                .replaceWithVoid();
    }
}
