package app.ledger.auth;

import app.ledger.auth.totp.CodeRequiredException;
import app.ledger.auth.totp.TotpService;
import app.ledger.auth.totp.WrongCodeException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The second proof, after {@link PasswordConfirmation}, that a sensitive request (deleting the account) comes
 * from the user: when they have two-step login on, a current code from their authenticator app or one of
 * their recovery codes, used up as at login so that it cannot be replayed, and throttled with the passwords.
 * Without two-step login there is nothing more to check, and a code sent along is ignored.
 */
@ApplicationScoped
public class SecondFactorConfirmation {

    private final TotpService totp;

    public SecondFactorConfirmation(TotpService totp) {
        this.totp = totp;
    }

    /**
     * Completes when the user needs no code or {@code code} is one they may use now; fails with 403
     * (code-required, wrong-code) or 429 otherwise.
     *
     * @param field the request's member that carries the code, named in the code-required problem
     */
    public Uni<Void> confirm(User user, String field, String code, String clientAddress) {
        return totp.confirmRequest(user.id, user.username, code, clientAddress).flatMap(outcome -> switch (outcome) {
            case MISSING -> Uni.createFrom().failure(new CodeRequiredException(field));
            case REFUSED -> Uni.createFrom().failure(new WrongCodeException());
            default -> Uni.createFrom().voidItem();
        });
    }
}
