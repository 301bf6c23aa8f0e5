package app.ledger.auth;

/** The body of {@code PATCH /api/me}: each field that is present (and not null) is changed. */
public record PreferencesRequest(String timeZone, String locale) {
}
