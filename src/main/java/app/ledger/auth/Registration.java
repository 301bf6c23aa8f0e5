package app.ledger.auth;

/**
 * The body of a registration: {@code {"username", "password", "timeZone"?, "locale"?}}. The web app sends
 * the browser's time zone and language; without them the user gets UTC and English.
 */
public record Registration(String username, String password, String timeZone, String locale) {
}
