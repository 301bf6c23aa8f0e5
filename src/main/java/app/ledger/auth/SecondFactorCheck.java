package app.ledger.auth;

import io.smallrye.mutiny.Uni;

/**
 * The second proof that a sensitive request (deleting the account) comes from the user, after their
 * password: a current one-time code when the user has turned a second factor on. Completes when the user has
 * no second factor, or when {@code code} is a code that may be used now; otherwise fails with a problem that
 * says what is missing or wrong. A code accepted here is used up, as at login.
 * {@link NoSecondFactor} is the implementation while no second factor exists; an application-scoped bean
 * implementing this interface replaces it.
 */
public interface SecondFactorCheck {

    /** @param code what the request sent as its second factor, or null */
    Uni<Void> verify(long userId, String code);
}
