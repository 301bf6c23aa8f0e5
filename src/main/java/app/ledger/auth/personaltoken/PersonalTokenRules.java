package app.ledger.auth.personaltoken;

import app.ledger.problem.FieldError;
import app.ledger.problem.InvalidInputException;
import app.ledger.problem.UnicodeText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a new personal access token must be: a name, one of the two scope sets, an expiry within bounds. */
final class PersonalTokenRules {

    private static final Set<String> READ = Set.of("read");
    private static final Set<String> READ_WRITE = Set.of("read", "write");

    private PersonalTokenRules() {
    }

    /** The request's name, trimmed, and whether it asks for write; refuses every field at fault at once. */
    static Checked check(PersonalTokenRequest request, Instant now, Duration maxLifetime) {
        List<FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (!UnicodeText.isWellFormed(name)) {
            errors.add(new FieldError("name", UnicodeText.NOT_WELL_FORMED));
        } else if (name.isEmpty() || name.codePointCount(0, name.length()) > PersonalToken.NAME_MAX
                || name.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", "Give the token a name of 1 to " + PersonalToken.NAME_MAX
                    + " characters, without line breaks, so that you know later what uses it."));
        }
        Set<String> scopes = request.scopes() == null ? Set.of() : new HashSet<>(request.scopes());
        boolean wellScoped = request.scopes() != null && !request.scopes().contains(null)
                && scopes.size() == request.scopes().size() && (scopes.equals(READ) || scopes.equals(READ_WRITE));
        if (!wellScoped) {
            errors.add(new FieldError("scopes", "The scopes must be [\"read\"] or [\"read\", \"write\"]."));
        }
        Instant expiresAt = request.expiresAt();
        if (expiresAt != null && (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(maxLifetime)))) {
            errors.add(new FieldError("expiresAt", "The expiry must be in the future and at most "
                    + maxLifetime.toDays() + " days away; leave it out for a token that does not expire."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(name, scopes.contains("write"), expiresAt);
    }

    record Checked(String name, boolean write, Instant expiresAt) {
    }
}
