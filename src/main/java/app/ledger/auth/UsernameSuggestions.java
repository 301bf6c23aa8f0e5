package app.ledger.auth;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Usernames for a user made by a sign-in through an identity provider, from what the provider calls them
 * (preferred username, the part of the email before the @): each made into a valid username, in order,
 * then the first of them with 2, 3 … added, so that one of them is free.
 */
final class UsernameSuggestions {

    static final String FALLBACK = "user";
    private static final int NUMBERED = 50;

    private UsernameSuggestions() {
    }

    static List<String> from(List<String> wished) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : wished) {
            String valid = valid(name);
            if (valid != null) {
                names.add(valid);
            }
        }
        String base = names.isEmpty() ? FALLBACK : names.iterator().next();
        List<String> all = new ArrayList<>(names);
        for (int n = 2; n < 2 + NUMBERED; n++) {
            String suffix = Integer.toString(n);
            String stem = base.length() + suffix.length() > CredentialRules.USERNAME_MAX
                    ? base.substring(0, CredentialRules.USERNAME_MAX - suffix.length()) : base;
            all.add(stem + suffix);
        }
        return all;
    }

    /** The name in lower case without accents, anything else than a-z 0-9 _ . - dropped; null if too short. */
    static String valid(String name) {
        if (name == null) {
            return null;
        }
        String ascii = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        ascii.codePoints().filter(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '-').limit(CredentialRules.USERNAME_MAX).forEach(kept::appendCodePoint);
        return kept.length() >= CredentialRules.USERNAME_MIN ? kept.toString() : null;
    }
}
