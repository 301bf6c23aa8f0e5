package app.ledger.auth.passkey;

import app.ledger.problem.InvalidInputException;
import app.ledger.problem.UnicodeText;

/** A passkey's name: what the user calls the device or password manager that holds it. */
final class PasskeyNames {

    private PasskeyNames() {
    }

    /** The name, trimmed; refused when empty, too long or with control characters. */
    static String check(String name) {
        String stripped = name == null ? "" : name.strip();
        if (!UnicodeText.isWellFormed(stripped)) {
            throw new InvalidInputException("name", UnicodeText.NOT_WELL_FORMED);
        }
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > Passkey.NAME_MAX
                || stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "Give the passkey a name of 1 to " + Passkey.NAME_MAX
                    + " characters, without line breaks, such as the device or password manager that holds it.");
        }
        return stripped;
    }
}
