package app.ledger.auth;

import app.ledger.problem.ProblemException;

/** 403: logging in and registering with a password are turned off ({@code ledger.oidc.password-login=false}). */
public class PasswordLoginDisabledException extends ProblemException {

    public PasswordLoginDisabledException() {
        super(403, "password-login-disabled", "Password login turned off",
                "This Ledger does not take passwords: sign in through its identity provider instead.");
    }
}
