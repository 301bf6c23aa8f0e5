package app.ledger.auth;

import app.ledger.problem.FieldErrors;
import app.ledger.problem.UnicodeText;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a username and a password must look like. Usernames are compared and stored in lower case. */
public final class CredentialRules {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 32;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_.-]+");

    private CredentialRules() {
    }

    static String normaliseUsername(String username) {
        return username == null ? null : username.toLowerCase(Locale.ROOT);
    }

    /** Checks a registration's credentials; answers the errors found, for the caller to add to and throw. */
    static FieldErrors checkRegistration(String username, String password) {
        FieldErrors errors = new FieldErrors();
        if (username == null || username.isEmpty()) {
            errors.add("username", "Enter a username.");
        } else if (!UnicodeText.isWellFormed(username)) {
            errors.add("username", UnicodeText.NOT_WELL_FORMED);
        } else if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX) {
            errors.add("username", "Choose a username of " + USERNAME_MIN + " to " + USERNAME_MAX + " characters.");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add("username", "A username may contain only the letters a to z, digits, dots (.), "
                    + "underscores (_) and hyphens (-).");
        }
        checkNewPassword(errors, "password", username, password);
        return errors;
    }

    /** The rules every password a user chooses follows, reported against {@code field}. */
    static void checkNewPassword(FieldErrors errors, String field, String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (password == null || password.isEmpty()) {
            errors.add(field, "Enter a password.");
        } else if (!UnicodeText.isWellFormed(password)) {
            // bcrypt hashes UTF-8 bytes, which an unpaired surrogate does not have
            errors.add(field, UnicodeText.NOT_WELL_FORMED);
        } else if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
            errors.add(field, "Choose a password of " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters.");
        } else if (username != null && password.equalsIgnoreCase(username)) {
            errors.add(field, "Choose a password that is not your username.");
        }
    }

    /**
     * A login needs both fields, no longer than any registration allows: anything longer is refused before
     * it is checked, counted or remembered. Beyond that their shape is not revealed.
     */
    static void checkLogin(String username, String password) {
        FieldErrors errors = new FieldErrors();
        if (username == null || username.isEmpty()) {
            errors.add("username", "Enter your username.");
        } else if (username.length() > USERNAME_MAX) {
            errors.add("username", "A username has at most " + USERNAME_MAX + " characters.");
        }
        checkPasswordGiven(errors, "password", password);
        errors.throwIfAny();
    }

    /** A password the user proves themselves with: given, and no longer than any password can be. */
    static void checkPasswordGiven(FieldErrors errors, String field, String password) {
        if (password == null || password.isEmpty()) {
            errors.add(field, "Enter your password.");
        } else if (password.length() > 2 * PASSWORD_MAX
                || password.codePointCount(0, password.length()) > PASSWORD_MAX) {
            errors.add(field, "A password has at most " + PASSWORD_MAX + " characters.");
        }
    }
}
