package app.ledger.imports.profile;

/** Which profile a mapping came from: {@code {"id":3,"name":"My bank"}}. */
public record ImportProfileRef(long id, String name) {
}
