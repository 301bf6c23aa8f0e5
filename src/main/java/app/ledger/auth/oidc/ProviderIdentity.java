package app.ledger.auth.oidc;

import java.util.ArrayList;
import java.util.List;

/**
 * Who the identity provider says signed in: its issuer and the subject (its stable id for the account),
 * with the names it offers for a new user.
 */
record ProviderIdentity(String issuer, String subject, String email, String preferredUsername) {

    /** Usernames to try for a new user, best first. */
    List<String> wishedUsernames() {
        List<String> names = new ArrayList<>();
        if (preferredUsername != null) {
            names.add(preferredUsername);
        }
        if (email != null && email.indexOf('@') > 0) {
            names.add(email.substring(0, email.indexOf('@')));
        }
        return names;
    }
}
